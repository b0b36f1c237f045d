package io.github.flagstaff.runtime.service;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link TaskScheduler} on daemon threads, timed by {@link System#nanoTime()}. */
final class ExecutorTaskScheduler implements TaskScheduler {
  private final ScheduledThreadPoolExecutor executor;

  ExecutorTaskScheduler(String threadName, int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        new ThreadFactory() {
          @Override
          public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, threadName + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          }
        };
    this.executor = new ScheduledThreadPoolExecutor(Math.max(1, threads), factory);
    executor.setRemoveOnCancelPolicy(true);
  }

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Scheduled schedule(Runnable action, long delayNanos) {
    ScheduledFuture<?> future =
        executor.schedule(action, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    return new Scheduled() {
      @Override
      public void cancel() {
        future.cancel(false);
      }
    };
  }

  @Override
  public void shutdown() {
    executor.shutdown();
  }
}
