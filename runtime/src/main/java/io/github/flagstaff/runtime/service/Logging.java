package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.Log;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.System.Logger;
import java.nio.charset.StandardCharsets;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;

/**
 * Logging for a service process: one line per record on stderr ({@link OneLineFormatter}), at debug
 * level with {@code --verbose}, without starting the JDK's logging at start-up.
 *
 * <p>Flagstaff's own lines are written straight to stderr. The JDK's logging, the default backend
 * of {@code System.Logger}, is configured only when something first uses it (the program's own
 * loggers, a library's): this names {@link Config} as its {@code java.util.logging.config.class},
 * which sets the same format and level, and from then on Flagstaff's lines go through it too. A
 * program that configures {@code java.util.logging} itself ({@code java.util.logging.config.file}
 * or {@code .config.class}) keeps its own format, and Flagstaff's lines go through it from the
 * start.
 */
public final class Logging {
  private static final String CONFIG_FILE = "java.util.logging.config.file";
  private static final String CONFIG_CLASS = "java.util.logging.config.class";

  private static volatile boolean verbose;

  private Logging() {}

  /** One line per record, at debug level too when {@code verbose}. */
  public static void setUp(boolean verbose) {
    Logging.verbose = verbose;
    if (System.getProperty(CONFIG_FILE) != null || System.getProperty(CONFIG_CLASS) != null) {
      Log.routeToSystemLogger();
      configureNow(verbose);
      return;
    }
    Log.writeDirectly(verbose ? Logger.Level.DEBUG : Logger.Level.INFO);
    System.setProperty(CONFIG_CLASS, Config.class.getName());
  }

  /** Sets the root logger's level on a logging set up by the program's own configuration. */
  private static void configureNow(boolean verbose) {
    Level level = verbose ? Level.FINE : Level.INFO;
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(level);
    for (Handler handler : root.getHandlers()) {
      if (handler instanceof ConsoleHandler) {
        handler.setLevel(level);
      }
    }
  }

  /**
   * The JDK's logging configuration of a service process, made by {@link LogManager} when the
   * process first logs through it: the console, one line per record, at the level {@link #setUp}
   * was given; Flagstaff's own lines go through it from then on.
   */
  public static final class Config {

    /** Reads the configuration into the {@link LogManager}. */
    public Config() throws IOException {
      String level = verbose ? "FINE" : "INFO";
      String properties =
          "handlers=java.util.logging.ConsoleHandler\n"
              + ".level="
              + level
              + "\njava.util.logging.ConsoleHandler.level="
              + level
              + "\njava.util.logging.ConsoleHandler.formatter="
              + OneLineFormatter.class.getName()
              + "\n";
      LogManager.getLogManager()
          .readConfiguration(
              new ByteArrayInputStream(properties.getBytes(StandardCharsets.ISO_8859_1)));
      Log.routeToSystemLogger();
    }
  }
}
