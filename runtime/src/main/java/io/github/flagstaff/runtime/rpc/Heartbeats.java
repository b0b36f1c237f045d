package io.github.flagstaff.runtime.rpc;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends oslo's call-monitor heartbeats: while a call whose caller sent {@code _timeout} runs, one
 * every half of that timeout (at least every second), so the caller knows it is still running.
 */
final class Heartbeats {
  /** Stops one call's heartbeats. */
  interface Beat {
    void stop();
  }

  private final ScheduledExecutorService timer;

  Heartbeats(String topic) {
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, topic + "-rpc-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Runs {@code send} every {@code timeoutSeconds / 2} seconds until the beat is stopped. */
  Beat start(int timeoutSeconds, Runnable send) {
    long periodMillis = Math.max(1_000L, timeoutSeconds * 1_000L / 2);
    try {
      ScheduledFuture<?> future =
          timer.scheduleAtFixedRate(send, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
      return () -> future.cancel(false);
    } catch (RejectedExecutionException e) {
      return () -> {};
    }
  }

  void stop() {
    timer.shutdownNow();
  }
}
