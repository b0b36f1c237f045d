package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.UntrustedText;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * {@code 2026-11-26 16:12:37.455 INFO nova.Service: Starting network node}: one line per record,
 * built without {@code String.format} or the caller lookup of the JDK's {@code SimpleFormatter},
 * both of which cost a service noticeable start-up time.
 *
 * <p>A record is one line however its message was made: control characters in it (a newline in a
 * method name or request id that came in a message) are escaped, as they are in the exception
 * messages of a stack trace, whose every other line starts with a tab or {@code Caused by:}. So
 * text from outside cannot forge a log line.
 */
final class OneLineFormatter extends Formatter {
  private final ZoneId zone = ZoneId.systemDefault();

  @Override
  public String format(LogRecord record) {
    LocalDateTime time = LocalDateTime.ofInstant(record.getInstant(), zone);
    StringBuilder out = new StringBuilder(128);
    out.append(time.getYear()).append('-');
    two(out, time.getMonthValue()).append('-');
    two(out, time.getDayOfMonth()).append(' ');
    two(out, time.getHour()).append(':');
    two(out, time.getMinute()).append(':');
    two(out, time.getSecond()).append('.');
    int millis = time.getNano() / 1_000_000;
    out.append(millis < 100 ? "0" : "").append(millis < 10 ? "0" : "").append(millis);
    out.append(' ').append(record.getLevel().getName());
    out.append(' ').append(record.getLoggerName()).append(": ");
    Object[] parameters = record.getParameters();
    String message = record.getMessage();
    out.append(
        UntrustedText.escape(
            parameters == null || parameters.length == 0
                ? String.valueOf(message)
                : MessageFormat.format(message, parameters)));
    out.append('\n');
    if (record.getThrown() != null) {
      trace(out, record.getThrown(), "", "", Collections.newSetFromMap(new IdentityHashMap<>()));
    }
    return out.toString();
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
