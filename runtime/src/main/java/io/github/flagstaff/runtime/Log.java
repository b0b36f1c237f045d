package io.github.flagstaff.runtime;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Flagstaff's own log lines. By default they go to {@link System#getLogger}; a service process
 * started by Flagstaff ({@code Logging.setUp}) writes them straight to stderr in the one-line
 * format instead, so that starting a service does not start the JDK's logging, until anything in
 * the process uses {@code java.util.logging} or {@code System.Logger}: from then on they go there
 * too, through the same one-line format, so they stay in order with the program's own.
 */
public final class Log {
  private static final int ROUTED = Integer.MAX_VALUE;

  /** Lowest severity written straight to stderr; {@link #ROUTED} while lines go to the JDK. */
  private static volatile int direct = ROUTED;

  private final String name;
  private volatile Logger logger;

  private Log(String name) {
    this.name = name;
  }

  /** The log of {@code type}, named by its qualified name. */
  public static Log of(Class<?> type) {
    return new Log(type.getName());
  }

  /** Flagstaff's lines straight to stderr from now on, those at {@code level} or above. */
  public static void writeDirectly(Level level) {
    direct = level.getSeverity();
  }

  /** Flagstaff's lines to {@link System#getLogger} from now on. */
  public static void routeToSystemLogger() {
    direct = ROUTED;
  }

  /** Whether a line at {@code level} would be written. */
  public boolean isLoggable(Level level) {
    int threshold = direct;
    return threshold == ROUTED ? logger().isLoggable(level) : level.getSeverity() >= threshold;
  }

  /**
   * Logs {@code pattern} with {@code {n}} replaced by {@code parameters[n]}, as {@link
   * Logger#log(Level, String, Object...)}; without parameters, the pattern as it is.
   */
  public void log(Level level, String pattern, Object... parameters) {
    int threshold = direct;
    if (threshold == ROUTED) {
      if (parameters.length == 0) {
        logger().log(level, pattern);
      } else {
        logger().log(level, pattern, parameters);
      }
    } else if (level.getSeverity() >= threshold) {
      String message = LogLine.message(pattern, parameters);
      if (message == null) {
        logger().log(level, pattern, parameters);
      } else {
        write(level, message, null);
      }
    }
  }

  /** Logs {@code message} with {@code thrown}'s stack trace. */
  public void log(Level level, String message, Throwable thrown) {
    int threshold = direct;
    if (threshold == ROUTED) {
      logger().log(level, message, thrown);
    } else if (level.getSeverity() >= threshold) {
      write(level, message, thrown);
    }
  }

  private void write(Level level, String message, Throwable thrown) {
    System.err.print(
        LogLine.format(System.currentTimeMillis(), julName(level), name, message, thrown));
  }

  /** The name {@code java.util.logging} gives {@code level}, which the one-line format shows. */
  private static String julName(Level level) {
    int severity = level.getSeverity();
    if (severity >= Level.ERROR.getSeverity()) {
      return "SEVERE";
    } else if (severity >= Level.WARNING.getSeverity()) {
      return "WARNING";
    } else if (severity >= Level.INFO.getSeverity()) {
      return "INFO";
    } else if (severity >= Level.DEBUG.getSeverity()) {
      return "FINE";
    }
    return "FINER";
  }

  private Logger logger() {
    Logger current = logger;
    if (current == null) {
      current = System.getLogger(name);
      logger = current;
    }
    return current;
  }
}
