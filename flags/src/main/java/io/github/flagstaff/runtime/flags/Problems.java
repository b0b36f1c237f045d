package io.github.flagstaff.runtime.flags;

import io.github.flagstaff.runtime.UntrustedText;
import java.util.Locale;

/**
 * The wording of problems that more than one step of a parse reports, and how text from the input
 * is echoed in them: escaped, cut to {@link #ECHO_LIMIT} characters, and never a secret's value.
 */
final class Problems {
  /** The most characters of an input line or value a problem quotes. */
  static final int ECHO_LIMIT = 80;

  private static final String MASK = "****";

  /**
   * What a secret's bad {@code $name} reference is reported as: the reason a template gives quotes
   * the text after the {@code $}, which would be part of the secret.
   */
  private static final String SECRET_TEMPLATE =
      "a '$' in it does not start a reference to another flag (write $$ for a literal $)";

  private Problems() {}

  /** {@code nova.conf:3: invalid value 'abc' for flag --port: expected int}, secrets masked. */
  static String invalidValue(FlagDescriptor<?> flag, String text, Source source, String reason) {
    return source.prefix()
        + "invalid "
        + (source == Source.DEFAULT ? "default " : "")
        + "value '"
        + (flag.secret() ? MASK : echo(text))
        + "' for flag --"
        + flag.name()
        + ": "
        + (flag.secret() && reason.indexOf('$') >= 0 ? SECRET_TEMPLATE : reason);
  }

  /** {@code text} from the input, escaped and cut short. */
  static String echo(String text) {
    return UntrustedText.clip(text, ECHO_LIMIT);
  }

  /**
   * A line (or a flag name written with its value) from the input, as {@link #echo} does, but with
   * what follows the name masked when the name is, or nearly is, a secret flag's: {@code
   * transport_url=rabbit://...} without its dashes, or {@code --transport_url rabbit://...}.
   */
  static String echoLine(String line, FlagRegistry registry) {
    int start = 0;
    while (start < line.length() && line.charAt(start) == '-') {
      start++;
    }
    int end = start;
    while (end < line.length() && isNameChar(line.charAt(end))) {
      end++;
    }
    if (end < line.length() && looksSecret(line.substring(start, end), registry)) {
      return echo(line.substring(0, end + 1)) + MASK;
    }
    return echo(line);
  }

  private static boolean looksSecret(String written, FlagRegistry registry) {
    String name = written.toLowerCase(Locale.ROOT);
    for (FlagDescriptor<?> flag : registry.flags()) {
      if (flag.secret()) {
        if (near(name, flag.name())) {
          return true;
        }
        for (String alias : flag.aliases()) {
          if (near(name, alias)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The name itself, negated, or a typo away (within the distance "did you mean" allows). */
  private static boolean near(String written, String name) {
    return written.equals(name)
        || written.equals("no" + name)
        || Suggestions.isClose(written, name);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }
}
