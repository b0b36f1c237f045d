package io.github.flagstaff.runtime.service;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sets up the JDK's logging, the default backend of {@code System.Logger}, for a service process:
 * one line per record on stderr ({@link OneLineFormatter}), at debug level with {@code --verbose}.
 * A program that configures {@code java.util.logging} itself ({@code
 * java.util.logging.config.file}) keeps its own format.
 */
public final class Logging {
  private static final String CONFIG_FILE = "java.util.logging.config.file";

  private Logging() {}

  /** One line per record, at debug level too when {@code verbose}. */
  public static void setUp(boolean verbose) {
    Level level = verbose ? Level.FINE : Level.INFO;
    Logger root = Logger.getLogger("");
    root.setLevel(level);
    boolean ownFormat = System.getProperty(CONFIG_FILE) == null;
    for (Handler handler : root.getHandlers()) {
      if (handler instanceof ConsoleHandler) {
        handler.setLevel(level);
        if (ownFormat) {
          handler.setFormatter(new OneLineFormatter());
        }
      }
    }
  }
}
