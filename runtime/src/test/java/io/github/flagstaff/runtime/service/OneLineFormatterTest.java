package io.github.flagstaff.runtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** One record is one line, whatever text from outside it holds. */
class OneLineFormatterTest {
  private static final String FORGED = "x\n2030-01-01 00:00:00.000 SEVERE nova: forged\r\u2028";

  private static List<String> format(LogRecord record) {
    record.setLoggerName("test");
    String text = new OneLineFormatter().format(record);
    assertTrue(text.endsWith("\n"));
    return text.lines().toList();
  }

  @Test
  void controlCharactersInAValueAreEscaped() {
    LogRecord record = new LogRecord(Level.WARNING, "calc.{0}: unknown method");
    record.setParameters(new Object[] {FORGED});
    List<String> lines = format(record);
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(
        lines
            .get(0)
            .endsWith(
                " WARNING test: calc.x\\n2030-01-01 00:00:00.000 SEVERE nova: forged\\r\\u2028:"
                    + " unknown method"),
        lines.get(0));
  }

  @Test
  void aMessageBuiltWithoutParametersIsEscapedToo() {
    assertEquals(1, format(new LogRecord(Level.INFO, "ran " + FORGED)).size());
  }

  @Test
  void exceptionMessagesInAStackTraceAreEscaped() {
    LogRecord record = new LogRecord(Level.SEVERE, "calc.fail failed ({0})");
    record.setParameters(new Object[] {"req\n1"});
    IllegalStateException thrown =
        new IllegalStateException(FORGED, new IllegalArgumentException("cause " + FORGED));
    thrown.addSuppressed(new RuntimeException("suppressed " + FORGED));
    record.setThrown(thrown);
    List<String> lines = format(record);
    assertTrue(lines.get(0).endsWith("calc.fail failed (req\\n1)"), lines.get(0));
    assertEquals(
        "java.lang.IllegalStateException: x\\n"
            + "2030-01-01 00:00:00.000 SEVERE nova: forged\\r"
            + "\\u2028",
        lines.get(1));
    for (String line : lines.subList(2, lines.size())) {
      assertTrue(
          line.startsWith("\tat ")
              || line.startsWith("\t\tat ")
              || line.startsWith("\tSuppressed: java.lang.RuntimeException: suppressed x\\n")
              || line.startsWith("Caused by: java.lang.IllegalArgumentException: cause x\\n"),
          line);
    }
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("Caused by: ")));
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("\tSuppressed: ")));
  }
}
