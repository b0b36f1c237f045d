package io.github.flagstaff.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-line format's own date arithmetic and pattern filling, against the JDK's. */
class LogLineTest {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  @Test
  void timestampsAreTheUtcCalendarDate() {
    Random random = new Random(11);
    long[] fixed = {
      0L,
      -1L,
      Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli(),
      Instant.parse("2000-03-01T00:00:00Z").toEpochMilli(),
      Instant.parse("1900-02-28T12:00:00.001Z").toEpochMilli(),
      Instant.parse("2100-12-31T23:59:59.009Z").toEpochMilli()
    };
    for (long millis : fixed) {
      assertTimestamp(millis);
    }
    for (int i = 0; i < 10_000; i++) {
      assertTimestamp(random.nextLong() % 8_000_000_000_000L);
    }
  }

  private static void assertTimestamp(long millis) {
    String line = LogLine.format(millis, "INFO", "test", "m", null);
    assertEquals(UTC.format(Instant.ofEpochMilli(millis)) + " INFO test: m\n", line);
  }

  @Test
  void patternsAreFilledAsMessageFormatFillsThem() {
    Object[] parameters = {"a", "it's", null};
    for (String pattern :
        new String[] {
          "{0} and {1}", "'{0}' is literal, {0} is not", "it''s {2}", "{1}{0}{1}", "{5} is kept"
        }) {
      assertEquals(
          MessageFormat.format(pattern, parameters), LogLine.message(pattern, parameters), pattern);
    }
  }

  @Test
  void whatNeedsMessageFormatItselfIsLeftToIt() {
    assertNull(LogLine.message("{0,number}", new Object[] {1}));
    assertNull(LogLine.message("{0} items", new Object[] {1234}));
    assertEquals("{0} as is", LogLine.message("{0} as is", new Object[0]));
  }
}
