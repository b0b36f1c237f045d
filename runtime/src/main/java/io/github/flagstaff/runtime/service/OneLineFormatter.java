package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.LogLine;
import java.text.MessageFormat;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * Flagstaff's one-line format ({@link LogLine}) for {@code java.util.logging}: {@code 2026-11-26
 * 16:12:37.455 INFO nova.Service: Starting network node}, in UTC, control characters escaped.
 * Public so that a logging configuration can name it, as {@link Logging} does.
 */
public final class OneLineFormatter extends Formatter {

  @Override
  public String format(LogRecord record) {
    Object[] parameters = record.getParameters();
    String message = LogLine.message(record.getMessage(), parameters);
    if (message == null) {
      message = MessageFormat.format(record.getMessage(), parameters);
    }
    return LogLine.format(
        record.getMillis(),
        record.getLevel().getName(),
        record.getLoggerName(),
        message,
        record.getThrown());
  }
}
