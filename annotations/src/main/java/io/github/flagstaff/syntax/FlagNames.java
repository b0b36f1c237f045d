package io.github.flagstaff.syntax;

import java.util.Set;

/** Rules for flag names, and the names the parser keeps for itself. */
public final class FlagNames {

  /** What a flag name or alias looks like, as a regular expression (for messages). */
  public static final String SYNTAX = "[a-z][a-z0-9_]*";

  /** Flags every program understands; no user flag or alias may take these names. */
  public static final Set<String> BUILT_INS =
      Set.of(
          "flagfile",
          "undefok",
          "fromenv",
          "tryfromenv",
          "help",
          "helpfull",
          "helpshort",
          "helpmatch",
          "helpon",
          "helpxml",
          "version",
          "only_check_args",
          "completion_script");

  private FlagNames() {}

  /** Whether {@code name} is a valid flag name. */
  public static boolean isValid(String name) {
    if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a user flag called {@code name} would be taken for a built-in flag, also through the
   * {@code --no<name>} form of a boolean.
   */
  public static boolean clashesWithBuiltIn(String name) {
    return BUILT_INS.contains(name)
        || (name.startsWith("no") && BUILT_INS.contains(name.substring(2)));
  }

  /**
   * The flag that caps the RPC API version of calls to {@code topic}: {@code
   * upgrade_levels_compute}, after Nova's {@code [upgrade_levels] compute}.
   */
  public static String upgradeLevelsFlag(String topic) {
    return "upgrade_levels_" + topic;
  }

  /** {@code myIp} becomes {@code my_ip}; {@code HTTPPort} becomes {@code http_port}. */
  public static String toSnakeCase(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLowerOrDigit = i > 0 && !Character.isUpperCase(camel.charAt(i - 1));
        boolean beforeLower =
            i > 0 && i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
        if (out.length() > 0 && (afterLowerOrDigit || beforeLower)) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
