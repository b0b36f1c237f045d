package io.github.flagstaff.rabbit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Collects what Flagstaff logs while a test runs, as formatted lines. */
final class LogCapture extends Handler implements AutoCloseable {
  private static final Logger ROOT = Logger.getLogger("io.github.flagstaff");

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final SimpleFormatter formatter = new SimpleFormatter();

  private LogCapture() {}

  /** Starts collecting. */
  static LogCapture start() {
    LogCapture capture = new LogCapture();
    ROOT.addHandler(capture);
    return capture;
  }

  @Override
  public void publish(LogRecord record) {
    lines.add(record.getLevel() + " " + formatter.formatMessage(record));
  }

  /** How many lines so far contain {@code text}. */
  long count(String text) {
    return lines.stream().filter(line -> line.contains(text)).count();
  }

  /** Every line so far, for failure messages. */
  String all() {
    return String.join("\n", lines);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    ROOT.removeHandler(this);
  }
}
