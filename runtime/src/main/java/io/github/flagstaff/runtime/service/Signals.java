package io.github.flagstaff.runtime.service;

import java.util.function.Consumer;
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
    handle("TERM", action -> new Thread(action, "SIGTERM").start(), onTerm);
    handle("INT", action -> new Thread(action, "SIGINT").start(), onInt);
    handle("HUP", Runnable::run, onHup);
  }

  private static void handle(String name, Consumer<Runnable> runner, Runnable action) {
    Signal.handle(
        new Signal(name),
        new SignalHandler() {
          @Override
          public void handle(Signal signal) {
            runner.accept(action);
          }
        });
  }
}
