package io.github.flagstaff.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueSyntaxTest {

  @ParameterizedTest
  @ValueSource(strings = {"1", "t", "T", "true", "TRUE", "y", "Yes", "YES"})
  void trueForms(String text) {
    assertTrue(ValueSyntax.parseBoolean(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "f", "F", "false", "False", "n", "no", "NO"})
  void falseForms(String text) {
    assertFalse(ValueSyntax.parseBoolean(text));
  }

  @Test
  void badBoolean() {
    assertEquals(
        "expected bool (true/false, yes/no, 1/0)",
        assertThrows(IllegalArgumentException.class, () -> ValueSyntax.parseBoolean("2"))
            .getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1.5", "0x", "1 ", "--1", "0xg"})
  void badInts(String text) {
    assertEquals(
        "expected int",
        assertThrows(IllegalArgumentException.class, () -> ValueSyntax.parseInt(text))
            .getMessage());
  }

  @Test
  void intRange() {
    assertEquals(Integer.MAX_VALUE, ValueSyntax.parseInt("2147483647"));
    assertEquals(Integer.MIN_VALUE, ValueSyntax.parseInt("-2147483648"));
    assertEquals(
        "out of range for int",
        assertThrows(IllegalArgumentException.class, () -> ValueSyntax.parseInt("2147483648"))
            .getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"infinite", "nan1", "1f", "1d", "0x1p3", "", ".", "+", "-inf-"})
  void badDoubles(String text) {
    assertThrows(IllegalArgumentException.class, () -> ValueSyntax.parseDouble(text));
  }

  @ParameterizedTest
  @CsvSource({
    "250ms, PT0.25S",
    "90s, PT1M30S",
    "1h30m, PT1H30M",
    "2d, PT48H",
    "1h30m15s250ms, PT1H30M15.25S",
    "10us, PT0.00001S",
    "7ns, PT0.000000007S",
    "-5m, PT-5M",
    "PT5M, PT5M",
    "pt5m, PT5M",
    "0, PT0S",
    "45, PT45S"
  })
  void durations(String text, Duration expected) {
    assertEquals(expected, ValueSyntax.parseDuration(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5 parsecs", "m", "5x", "1h 30m", "PTx", "-", "1.5h"})
  void badDurations(String text) {
    assertEquals(
        "expected duration (e.g. 250ms, 90s, 1h30m, PT5M)",
        assertThrows(IllegalArgumentException.class, () -> ValueSyntax.parseDuration(text))
            .getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "250ms", "1h30m", "48h", "1h30m15s250ms", "-5m", "10us", "7ns"})
  void formatReadsBack(String text) {
    Duration duration = ValueSyntax.parseDuration(text);
    assertEquals(text, ValueSyntax.formatDuration(duration));
  }

  @Test
  void infinityAndNanAsStrtodReadsThem() {
    assertEquals(Double.POSITIVE_INFINITY, ValueSyntax.parseDouble("inf"));
    assertEquals(Double.NEGATIVE_INFINITY, ValueSyntax.parseDouble("-Infinity"));
    assertTrue(Double.isNaN(ValueSyntax.parseDouble("NaN")));
    assertEquals(
        "out of range for double",
        assertThrows(IllegalArgumentException.class, () -> ValueSyntax.parseDouble("1e999"))
            .getMessage());
  }

  @Test
  void splitQuotedListReadsOneCsvRecord() {
    assertEquals(List.of(), ValueSyntax.splitQuotedList(""));
    assertEquals(List.of("a", "b", ""), ValueSyntax.splitQuotedList("a, b,"));
    assertEquals(List.of("a,b", "c\"d"), ValueSyntax.splitQuotedList("\"a,b\",\"c\"\"d\""));
    assertEquals(List.of(""), ValueSyntax.splitQuotedList("\"\""));
    assertThrows(IllegalArgumentException.class, () -> ValueSyntax.splitQuotedList("\"a"));
    assertThrows(IllegalArgumentException.class, () -> ValueSyntax.splitQuotedList("\"a\" ,b"));
  }

  @Test
  void quoteListElementReadsBack() {
    for (String element : List.of("plain", "", "a,b", "\"q", "in\"side")) {
      String text = ValueSyntax.quoteListElement(element) + "," + ValueSyntax.quoteListElement("x");
      assertEquals(List.of(element, "x"), ValueSyntax.splitQuotedList(text), text);
    }
    assertEquals("in\"side", ValueSyntax.quoteListElement("in\"side"));
  }

  @Test
  void splitList() {
    assertEquals(List.of(), ValueSyntax.splitList(""));
    assertEquals(List.of("a", "b", ""), ValueSyntax.splitList("a, b,"));
  }

  @Test
  void choicesMatchExactlyFirstThenIgnoringCase() {
    assertEquals(1, ValueSyntax.indexOfChoice(List.of("A", "a"), "a"));
    assertEquals(0, ValueSyntax.indexOfChoice(List.of("FLAT", "VLAN"), "flat"));
    assertEquals(-1, ValueSyntax.indexOfChoice(List.of("FLAT"), "purple"));
  }

  @ParameterizedTest
  @CsvSource({
    "1.3, 1.3, true",
    "1.3, 1.0, true",
    "1.3, 1.4, false",
    "1.3, 2.0, false",
    "2.0, 1.9, false",
    "1.3.2, 1.3.1, true",
    "1.3.2, 1.3.3, false",
    "1.3, 1.2.9, true",
  })
  void aVersionServesRequestsOfItsMajorAndNoHigher(
      String implemented, String requested, boolean serves) {
    assertEquals(
        serves,
        ValueSyntax.versionServes(
            ValueSyntax.parseVersion(implemented), ValueSyntax.parseVersion(requested)));
  }
}
