package io.github.flagstaff.syntax;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text forms of flag values. Each {@code parse} method throws {@link IllegalArgumentException}
 * whose message says what was expected, e.g. {@code "expected int"} or {@code "out of range for
 * int"}.
 */
public final class ValueSyntax {

  private ValueSyntax() {}

  /** The gflags C++ forms, in any case: 1/0, t/f, true/false, y/n, yes/no. */
  public static boolean parseBoolean(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "1":
      case "t":
      case "true":
      case "y":
      case "yes":
        return true;
      case "0":
      case "f":
      case "false":
      case "n":
      case "no":
        return false;
      default:
        throw new IllegalArgumentException("expected bool (true/false, yes/no, 1/0)");
    }
  }

  /** Decimal ({@code 010} is ten) or hexadecimal with {@code 0x}, with an optional sign. */
  public static int parseInt(String text) {
    long value = parseInteger(text, "int");
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("out of range for int");
    }
    return (int) value;
  }

  /** As {@link #parseInt}, for 64 bits. */
  public static long parseLong(String text) {
    return parseInteger(text, "long");
  }

  private static long parseInteger(String text, String type) {
    int at = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
    boolean hex = text.startsWith("0x", at) || text.startsWith("0X", at);
    int digitsStart = hex ? at + 2 : at;
    if (digitsStart == text.length()) {
      throw new IllegalArgumentException("expected " + type);
    }
    for (int i = digitsStart; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean digit =
          (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
      if (!digit) {
        throw new IllegalArgumentException("expected " + type);
      }
    }
    String sign = text.startsWith("-") ? "-" : "";
    try {
      return Long.parseLong(sign + text.substring(digitsStart), hex ? 16 : 10);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("out of range for " + type);
    }
  }

  /** What {@link #parseVersion} expects, for messages. */
  public static final String VERSION_FORM = "major.minor, such as 1.3";

  /**
   * An RPC API version as oslo.messaging compares them: {@code major.minor}, optionally {@code
   * .revision}, each a decimal number of at most nine digits without leading zeros.
   *
   * @return its numbers: major, minor, and revision (0 when not given)
   */
  public static int[] parseVersion(String text) {
    int[] numbers = new int[3];
    int part = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && text.charAt(i) != '.') {
        continue;
      }
      int length = i - start;
      if (part == 3
          || length == 0
          || length > 9
          || (length > 1 && text.charAt(start) == '0')
          || skipDigits(text, start) != i) {
        throw new IllegalArgumentException("expected an RPC API version: " + VERSION_FORM);
      }
      numbers[part++] = Integer.parseInt(text, start, i, 10);
      start = i + 1;
    }
    if (part < 2) {
      throw new IllegalArgumentException("expected an RPC API version: " + VERSION_FORM);
    }
    return numbers;
  }

  /**
   * Whether a side implementing the version {@code implemented} serves {@code requested}, both
   * {@link #parseVersion parsed}: the same major version and a minor (then revision) no higher, as
   * oslo.messaging's {@code version_is_compatible}.
   */
  public static boolean versionServes(int[] implemented, int[] requested) {
    if (implemented[0] != requested[0]) {
      return false;
    }
    return requested[1] != implemented[1]
        ? requested[1] < implemented[1]
        : requested[2] <= implemented[2];
  }

  /**
   * A decimal number such as {@code 0.5}, {@code -3} or {@code 1e-3}, or {@code inf}, {@code
   * infinity} or {@code nan} in any case and with an optional sign, as gflags' {@code strtod} reads
   * them; a finite number too large for a double is out of range.
   */
  public static double parseDouble(String text) {
    String unsigned = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
    switch (unsigned.toLowerCase(Locale.ROOT)) {
      case "inf", "infinity" -> {
        return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      case "nan" -> {
        return Double.NaN;
      }
      default -> {}
    }
    if (!isDecimal(text)) {
      throw new IllegalArgumentException("expected double");
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("out of range for double");
    }
    return value;
  }

  /** {@code [+-]?(digits[.digits?]|.digits)([eE][+-]?digits)?}, without a regular expression. */
  private static boolean isDecimal(String text) {
    int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
    int digits = skipDigits(text, i);
    int mantissa = digits - i;
    i = digits;
    if (i < text.length() && text.charAt(i) == '.') {
      int fraction = skipDigits(text, i + 1);
      mantissa += fraction - (i + 1);
      i = fraction;
    }
    if (mantissa == 0) {
      return false;
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int sign =
          i + 1 < text.length() && (text.charAt(i + 1) == '+' || text.charAt(i + 1) == '-') ? 1 : 0;
      int exponent = skipDigits(text, i + 1 + sign);
      if (exponent == i + 1 + sign) {
        return false;
      }
      i = exponent;
    }
    return i == text.length();
  }

  private static int skipDigits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /**
   * {@code 250ms}, {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 2d} (units ns, us, ms, s, m, h,
   * d), ISO-8601 ({@code PT1H30M}), or a bare number of seconds as Nova's integer intervals were.
   */
  public static Duration parseDuration(String text) {
    String expected = "expected duration (e.g. 250ms, 90s, 1h30m, PT5M)";
    if (text.isEmpty()) {
      throw new IllegalArgumentException(expected);
    }
    char first = Character.toUpperCase(text.charAt(0));
    if (first == 'P'
        || ((first == '-' || first == '+')
            && text.length() > 1
            && Character.toUpperCase(text.charAt(1)) == 'P')) {
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(expected);
      }
    }
    boolean negative = text.startsWith("-");
    String body = negative || text.startsWith("+") ? text.substring(1) : text;
    try {
      if (!body.isEmpty() && skipDigits(body, 0) == body.length()) {
        Duration seconds = Duration.ofSeconds(Long.parseLong(body));
        return negative ? seconds.negated() : seconds;
      }
      Duration total = Duration.ZERO;
      int at = 0;
      while (at < body.length()) {
        int digitsEnd = skipDigits(body, at);
        int unitEnd = digitsEnd;
        while (unitEnd < body.length() && Character.isLetter(body.charAt(unitEnd))) {
          unitEnd++;
        }
        Duration unit = unitOf(body.substring(digitsEnd, unitEnd));
        if (digitsEnd == at || unit == null) {
          throw new IllegalArgumentException(expected);
        }
        total = total.plus(unit.multipliedBy(Long.parseLong(body.substring(at, digitsEnd))));
        at = unitEnd;
      }
      if (at == 0) {
        throw new IllegalArgumentException(expected);
      }
      return negative ? total.negated() : total;
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("out of range for duration");
    }
  }

  /** The unit called {@code unit}, or null. */
  private static Duration unitOf(String unit) {
    switch (unit) {
      case "ns":
        return Duration.ofNanos(1);
      case "us":
        return Duration.ofNanos(1_000);
      case "ms":
        return Duration.ofMillis(1);
      case "s":
        return Duration.ofSeconds(1);
      case "m":
        return Duration.ofMinutes(1);
      case "h":
        return Duration.ofHours(1);
      case "d":
        return Duration.ofDays(1);
      default:
        return null;
    }
  }

  /**
   * The shortest form {@link #parseDuration} reads back: {@code 1h30m}, {@code 250ms}, {@code 0s}.
   */
  public static String formatDuration(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.isNegative()) {
      return "-" + formatDuration(duration.negated());
    }
    StringBuilder out = new StringBuilder();
    long hours = duration.toHours();
    append(out, hours, "h");
    append(out, duration.toMinutesPart(), "m");
    append(out, duration.toSecondsPart(), "s");
    int nanos = duration.toNanosPart();
    append(out, nanos / 1_000_000, "ms");
    append(out, (nanos / 1_000) % 1_000, "us");
    append(out, nanos % 1_000, "ns");
    return out.toString();
  }

  private static void append(StringBuilder out, long amount, String unit) {
    if (amount != 0) {
      out.append(amount).append(unit);
    }
  }

  /**
   * Splits a {@code DEFINE_list} value on commas, trimming each element; the empty string is the
   * empty list.
   */
  public static List<String> splitList(String text) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String part : text.split(",", -1)) {
      out.add(part.trim());
    }
    return out;
  }

  /**
   * Splits a {@code DEFINE_list} value as absl-py's {@code ListParser} does: comma-separated values
   * in CSV quoting, so {@code a,"b,c"} is two elements and {@code ""} inside quotes is one quote;
   * each element is then trimmed; the empty string is the empty list.
   *
   * @throws IllegalArgumentException for an unclosed quote, or text after a closing quote
   */
  public static List<String> splitQuotedList(String text) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    StringBuilder element = new StringBuilder();
    boolean atStart = true;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c != '"') {
          element.append(c);
        } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          element.append('"');
          i++;
        } else if (i + 1 < text.length() && text.charAt(i + 1) != ',') {
          throw new IllegalArgumentException(
              "expected ',' after the closing quote at position " + (i + 1));
        } else {
          quoted = false;
        }
      } else if (c == ',') {
        out.add(element.toString().strip());
        element.setLength(0);
        atStart = true;
        continue;
      } else if (c == '"' && atStart) {
        quoted = true;
      } else {
        element.append(c);
      }
      atStart = false;
    }
    if (quoted) {
      throw new IllegalArgumentException("unclosed quote in list");
    }
    out.add(element.toString().strip());
    return out;
  }

  /**
   * One element as {@link #splitQuotedList} reads it back: in quotes, with quotes doubled, when it
   * is empty or holds a comma or starts with a quote.
   */
  public static String quoteListElement(String element) {
    if (!element.isEmpty() && element.indexOf(',') < 0 && !element.startsWith("\"")) {
      return element;
    }
    return "\"" + element.replace("\"", "\"\"") + "\"";
  }

  /** Finds the constant whose name equals {@code text}, ignoring case; -1 when none does. */
  public static int indexOfChoice(List<String> choices, String text) {
    int exact = choices.indexOf(text);
    if (exact >= 0) {
      return exact;
    }
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).equalsIgnoreCase(text)) {
        return i;
      }
    }
    return -1;
  }
}
