package io.github.flagstaff.runtime.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what one logger logs (through System.Logger's default JDK backend), for assertions. */
public final class LogRecorder extends Handler implements AutoCloseable {
  private final Logger logger;
  private final List<LogRecord> records = new ArrayList<>();

  private LogRecorder(Logger logger) {
    this.logger = logger;
    logger.addHandler(this);
    logger.setLevel(Level.ALL);
  }

  /** Records what the logger of {@code type} logs, until closed. */
  public static LogRecorder of(Class<?> type) {
    return new LogRecorder(Logger.getLogger(type.getName()));
  }

  @Override
  public synchronized void publish(LogRecord record) {
    records.add(record);
    notifyAll();
  }

  /**
   * Waits until {@code count} records at {@code level} have arrived, at most ten seconds, and
   * returns them.
   */
  public synchronized List<LogRecord> await(Level level, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    List<LogRecord> matching = new ArrayList<>();
    while (true) {
      matching.clear();
      for (LogRecord record : records) {
        if (record.getLevel().equals(level)) {
          matching.add(record);
        }
      }
      long left = deadline - System.nanoTime();
      if (matching.size() >= count || left <= 0) {
        return matching;
      }
      wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
    }
  }

  /** The messages logged at {@code level}, with their parameters filled in. */
  public synchronized List<String> messages(Level level) {
    List<String> out = new ArrayList<>();
    for (LogRecord record : records) {
      if (record.getLevel().equals(level)) {
        out.add(new java.text.MessageFormat(record.getMessage()).format(record.getParameters()));
      }
    }
    return out;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
