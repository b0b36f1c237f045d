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

  /** Runs each action on its own thread when its signal arrives. */
  static void install(Runnable onTerm, Runnable onInt, Runnable onHup) {
    handle("TERM", onTerm);
    handle("INT", onInt);
    handle("HUP", onHup);
  }

  private static void handle(String name, Runnable action) {
    Signal.handle(
        new Signal(name),
        new SignalHandler() {
          @Override
          public void handle(Signal signal) {
            new Thread(action, "SIG" + name).start();
          }
        });
  }
}
