package io.github.flagstaff.runtime.service;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sets up the JDK's logging, the default backend of {@code System.Logger}, for a service process:
 * one line per record on stderr, at debug level with {@code --verbose}. Programs that bring their
 * own {@code System.LoggerFinder} are left alone.
 */
public final class Logging {
  private static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";

  private Logging() {}

  /** One line per record, at debug level too when {@code verbose}; call before anything logs. */
  public static void setUp(boolean verbose) {
    useOneLineFormat();
    setVerbose(verbose);
  }

  /** Call before anything logs. */
  static void useOneLineFormat() {
    if (System.getProperty(FORMAT_PROPERTY) == null) {
      System.setProperty(FORMAT_PROPERTY, "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n");
    }
  }

  /** Logs at debug level and up when {@code verbose}, else at info and up. */
  static void setVerbose(boolean verbose) {
    Level level = verbose ? Level.FINE : Level.INFO;
    Logger root = Logger.getLogger("");
    root.setLevel(level);
    for (Handler handler : root.getHandlers()) {
      if (handler instanceof ConsoleHandler) {
        handler.setLevel(level);
      }
    }
  }
}
