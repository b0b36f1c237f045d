package io.github.flagstaff.runtime.rpc;

import io.github.flagstaff.runtime.Log;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Logs a failure that keeps coming (one method failing with one exception type, a stream of
 * malformed messages) in full the first time, with its stack trace, and after that only as a count,
 * at most once per {@link #INTERVAL} and once more at {@link #flush()}: a flood of failing messages
 * costs a few log lines, not a stack trace each.
 */
final class RepeatedFailures {
  /** How often a failure that goes on repeating is counted in the log. */
  static final Duration INTERVAL = Duration.ofMinutes(1);

  /** One kind of failure: how often it came since it was last logged, and the latest text. */
  private static final class Kind {
    long lastLogged;
    long unlogged;
    String latest;
  }

  private final Log log;
  private final LongSupplier nanoTime;
  private final Map<String, Kind> kinds = new HashMap<>();

  RepeatedFailures(Log log, LongSupplier nanoTime) {
    this.log = log;
    this.nanoTime = nanoTime;
  }

  /**
   * Reports one failure of the kind {@code key} (a bounded set: a method and exception type, not a
   * value from a message): the first of its kind is logged at {@code level} with {@code thrown}'s
   * stack trace, later ones are counted.
   */
  synchronized void report(Level level, String key, String message, Throwable thrown) {
    long now = nanoTime.getAsLong();
    Kind kind = kinds.get(key);
    if (kind == null) {
      kind = new Kind();
      kind.lastLogged = now;
      kinds.put(key, kind);
      if (thrown == null) {
        log.log(level, message);
      } else {
        log.log(level, message, thrown);
      }
      return;
    }
    kind.unlogged++;
    kind.latest = message;
    if (now - kind.lastLogged >= INTERVAL.toNanos()) {
      logCount(level, kind, now);
    }
  }

  /** Logs the count of every failure that came since it was last logged. */
  synchronized void flush() {
    long now = nanoTime.getAsLong();
    for (Kind kind : kinds.values()) {
      if (kind.unlogged > 0) {
        logCount(Level.WARNING, kind, now);
      }
    }
  }

  private void logCount(Level level, Kind kind, long now) {
    log.log(
        level,
        "{0} more like this since the last report (the first was logged in full): {1}",
        Long.toString(kind.unlogged),
        kind.latest);
    kind.unlogged = 0;
    kind.lastLogged = now;
  }
}
