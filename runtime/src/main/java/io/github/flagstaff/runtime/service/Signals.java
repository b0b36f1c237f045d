package io.github.flagstaff.runtime.service;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Installs handlers for SIGTERM, SIGINT and SIGHUP. The JDK offers no public API that tells these
 * apart (shutdown hooks run for all, and SIGHUP cannot be kept from ending the process), so this
 * uses {@code sun.misc.Signal} from the {@code jdk.unsupported} module, which is there for exactly
 * this; it involves no reflection.
 */
final class Signals {

  private Signals() {}

  /**
   * Runs {@code onTerm} and {@code onInt} each on its own thread when its signal arrives, and
   * {@code onHup} on the JVM's signal thread itself, so it must return at once (hand the work to a
   * {@link Reloader}).
   */
  static void install(Runnable onTerm, Runnable onInt, Runnable onHup) {
    Signal.handle(new Signal("TERM"), new OnThread(onTerm, "SIGTERM"));
    Signal.handle(new Signal("INT"), new OnThread(onInt, "SIGINT"));
    Signal.handle(
        new Signal("HUP"),
        new SignalHandler() {
          @Override
          public void handle(Signal signal) {
            onHup.run();
          }
        });
  }

  /** Runs an action on a new thread of its own for each signal. */
  private static final class OnThread implements SignalHandler {
    private final Runnable action;
    private final String threadName;

    OnThread(Runnable action, String threadName) {
      this.action = action;
      this.threadName = threadName;
    }

    @Override
    public void handle(Signal signal) {
      new Thread(action, threadName).start();
    }
  }
}
