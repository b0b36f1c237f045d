package io.github.flagstaff.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.flagstaff.runtime.Log;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A failure that repeats is logged in full once, then counted once a minute and at the end. */
class RepeatedFailuresTest {
  private static final String NAME = RepeatedFailuresTest.class.getName();

  private final AtomicLong now = new AtomicLong();
  private final List<String> logged = new ArrayList<>();
  private final Logger logger = Logger.getLogger(NAME);
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String text =
              new java.text.MessageFormat(record.getMessage()).format(record.getParameters());
          logged.add(text + (record.getThrown() == null ? "" : " [stack trace]"));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final RepeatedFailures failures =
      new RepeatedFailures(Log.of(RepeatedFailuresTest.class), now::get);

  {
    logger.addHandler(handler);
    logger.setUseParentHandlers(false);
  }

  @AfterEach
  void removeHandler() {
    logger.removeHandler(handler);
  }

  private void fail(String key, int times) {
    for (int i = 1; i <= times; i++) {
      failures.report(Level.ERROR, key, key + " failed, time " + i, new IllegalStateException());
    }
  }

  @Test
  void theFirstIsLoggedWithItsStackTraceThenCountsOncePerIntervalAndAtTheEnd() {
    fail("a", 1000);
    fail("b", 1);
    now.addAndGet(RepeatedFailures.INTERVAL.toNanos());
    fail("a", 2);
    fail("a", 5);
    failures.flush();
    failures.flush();
    assertEquals(
        List.of(
            "a failed, time 1 [stack trace]",
            "b failed, time 1 [stack trace]",
            "1000 more like this since the last report (the first was logged in full):"
                + " a failed, time 1",
            "6 more like this since the last report (the first was logged in full):"
                + " a failed, time 5"),
        logged);
  }
}
