package io.github.flagstaff.runtime;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * {@code 2026-11-26 16:12:37.455 INFO nova.Service: Starting network node}: Flagstaff's one-line
 * log format, in UTC, built without {@code String.format}, {@code java.time}'s time-zone database
 * or {@code MessageFormat} for the patterns Flagstaff writes, all of which cost a service
 * noticeable start-up time.
 *
 * <p>A record is one line however its message was made: control characters in it (a newline in a
 * method name or request id that came in a message) are escaped, as they are in the exception
 * messages of a stack trace, whose every other line starts with a tab or {@code Caused by:}. So
 * text from outside cannot forge a log line.
 */
public final class LogLine {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private LogLine() {}

  /**
   * The line (and stack trace) of one record made at {@code epochMillis}, at the level called
   * {@code level} by {@code logger}, its {@code message} already formatted.
   */
  public static String format(
      long epochMillis, String level, String logger, String message, Throwable thrown) {
    StringBuilder out = new StringBuilder(128);
    timestamp(out, epochMillis);
    out.append(' ').append(level).append(' ').append(logger).append(": ");
    out.append(UntrustedText.escape(String.valueOf(message))).append('\n');
    if (thrown != null) {
      trace(out, thrown, "", "", Collections.newSetFromMap(new IdentityHashMap<>()));
    }
    return out.toString();
  }

  /**
   * {@code pattern} with {@code {n}} replaced by {@code parameters[n]} and quotes read as {@code
   * MessageFormat} reads them; null when the pattern or a parameter needs {@code MessageFormat}
   * itself (a format type such as {@code {0,number}}, a number or date parameter). No parameters:
   * the pattern as it is.
   */
  public static String message(String pattern, Object[] parameters) {
    if (pattern == null || parameters == null || parameters.length == 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          out.append('\'');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == '{' && !quoted) {
        int end = pattern.indexOf('}', i);
        int index = end < 0 ? -1 : argumentIndex(pattern, i + 1, end);
        if (index < 0) {
          return null;
        }
        if (index < parameters.length) {
          Object parameter = parameters[index];
          if (parameter instanceof Number || parameter instanceof java.util.Date) {
            return null;
          }
          out.append(parameter);
        } else {
          out.append(pattern, i, end + 1);
        }
        i = end;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int argumentIndex(String pattern, int from, int to) {
    if (from == to || to - from > 3) {
      return -1;
    }
    int index = 0;
    for (int i = from; i < to; i++) {
      char c = pattern.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      index = index * 10 + (c - '0');
    }
    return index;
  }

  /** {@code yyyy-MM-dd HH:mm:ss.SSS} in UTC, from the civil calendar of the epoch day. */
  private static void timestamp(StringBuilder out, long epochMillis) {
    long day = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
    int millisOfDay = (int) Math.floorMod(epochMillis, MILLIS_PER_DAY);
    // Days to year, month and day (the proleptic Gregorian calendar, eras of 400 years).
    long z = day + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long dayOfEra = z - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long shiftedMonth = (5 * dayOfYear + 2) / 153;
    int dayOfMonth = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    out.append(year).append('-');
    two(out, month).append('-');
    two(out, dayOfMonth).append(' ');
    int seconds = millisOfDay / 1000;
    two(out, seconds / 3600).append(':');
    two(out, seconds / 60 % 60).append(':');
    two(out, seconds % 60).append('.');
    int millis = millisOfDay % 1000;
    out.append(millis < 100 ? "0" : "").append(millis < 10 ? "0" : "").append(millis);
  }

  /** As {@link Throwable#printStackTrace()}, with each exception's text escaped. */
  private static void trace(
      StringBuilder out, Throwable thrown, String caption, String indent, Set<Throwable> seen) {
    out.append(indent).append(caption);
    if (!seen.add(thrown)) {
      out.append("[CIRCULAR REFERENCE: ").append(UntrustedText.escape(thrown.toString()));
      out.append("]\n");
      return;
    }
    out.append(UntrustedText.escape(thrown.toString())).append('\n');
    for (StackTraceElement frame : thrown.getStackTrace()) {
      out.append(indent).append("\tat ").append(frame).append('\n');
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      trace(out, suppressed, "Suppressed: ", indent + "\t", seen);
    }
    if (thrown.getCause() != null) {
      trace(out, thrown.getCause(), "Caused by: ", indent, seen);
    }
  }

  private static StringBuilder two(StringBuilder out, int value) {
    return out.append(value < 10 ? "0" : "").append(value);
  }
}
