package io.github.flagstaff.runtime.service;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * {@code 2026-11-26 16:12:37.455 INFO nova.Service: Starting network node}: one line per record,
 * built without {@code String.format} or the caller lookup of the JDK's {@code SimpleFormatter},
 * both of which cost a service noticeable start-up time.
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
        parameters == null || parameters.length == 0
            ? message
            : MessageFormat.format(message, parameters));
    out.append('\n');
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      out.append(trace);
    }
    return out.toString();
  }

  private static StringBuilder two(StringBuilder out, int value) {
    return out.append(value < 10 ? "0" : "").append(value);
  }
}
