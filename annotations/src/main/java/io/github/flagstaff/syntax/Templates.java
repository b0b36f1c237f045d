package io.github.flagstaff.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Nova's string templates: {@code $name} and {@code ${name}} stand for another flag's value, and
 * {@code $$} for a literal {@code $}.
 */
public final class Templates {

  private Templates() {}

  /**
   * Replaces every reference in {@code text} by {@code lookup.apply(name)}.
   *
   * @throws IllegalArgumentException if a {@code $} starts no reference, or {@code lookup} throws
   *     it
   */
  public static String expand(String text, UnaryOperator<String> lookup) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 < text.length() && text.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
        continue;
      }
      int end = referenceEnd(text, i);
      String name =
          text.charAt(i + 1) == '{' ? text.substring(i + 2, end - 1) : text.substring(i + 1, end);
      out.append(lookup.apply(name));
      i = end;
    }
    return out.toString();
  }

  /**
   * The flag names {@code text} refers to, in order.
   *
   * @throws IllegalArgumentException if a {@code $} starts no reference
   */
  public static List<String> references(String text) {
    List<String> names = new ArrayList<>();
    expand(
        text,
        name -> {
          names.add(name);
          return "";
        });
    return names;
  }

  private static int referenceEnd(String text, int dollar) {
    int start = dollar + 1;
    if (start < text.length() && text.charAt(start) == '{') {
      int close = text.indexOf('}', start);
      if (close < 0 || !FlagNames.isValid(text.substring(start + 1, close))) {
        throw new IllegalArgumentException(
            "'${' must be followed by a flag name and '}' (write $$ for a literal $)");
      }
      return close + 1;
    }
    int end = start;
    while (end < text.length() && isNameChar(text.charAt(end), end == start)) {
      end++;
    }
    if (end == start) {
      throw new IllegalArgumentException(
          "'$' must be followed by a flag name (write $$ for a literal $)");
    }
    return end;
  }

  private static boolean isNameChar(char c, boolean first) {
    return (c >= 'a' && c <= 'z') || (!first && ((c >= '0' && c <= '9') || c == '_'));
  }
}
