package io.github.flagstaff.runtime;

/**
 * Text that came from outside (a flagfile line, a method name or request id from a message) made
 * safe to print: control characters are escaped, so it can neither start a new log line nor move a
 * terminal's cursor, and {@link #clip} bounds its length.
 */
public final class UntrustedText {

  private UntrustedText() {}

  /**
   * {@code text} with every control character, and the Unicode line and paragraph separators,
   * written as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}.
   */
  public static String escape(CharSequence text) {
    int i = 0;
    while (i < text.length() && !needsEscape(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        out.append("0000", hex.length(), 4).append(hex);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} escaped and, when longer than {@code max} characters, cut to them with a note of
   * how many were left out.
   */
  public static String clip(String text, int max) {
    if (text.length() <= max) {
      return escape(text);
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return escape(text.substring(0, end)) + "... (" + (text.length() - end) + " more characters)";
  }

  private static boolean needsEscape(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
