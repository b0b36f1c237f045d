package io.github.flagstaff.runtime.flags;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Renders {@code --help} and its variants from the entries the processor rendered at compile time,
 * adding each changed flag's current value.
 */
final class HelpPrinter {
  private static final String BUILT_IN_HELP =
      String.join(
          "\n",
          "Built-in flags:",
          "  --flagfile=<file>[,<file>...]: Read flags from each file, one --name=value per line,"
              + " in place.",
          "  --undefok=<name>[,<name>...]: Do not fail on these flags if they are not defined.",
          "  --fromenv=<name>[,<name>...]: Set these flags from FLAGS_<name>; a missing variable is"
              + " an error.",
          "  --tryfromenv=<name>[,<name>...]: Set these flags from FLAGS_<name> where that is set.",
          "  --help, --helpfull: Show every flag.",
          "  --helpshort: Show this program's own flags.",
          "  --helpmatch=<text>: Show flags whose name or flag set contains the text.",
          "  --helpon=<flag set>: Show the flags of one flag set (simple or qualified name).",
          "  --helpxml: Show every flag as XML.",
          "  --version: Show the program's version.",
          "  --only_check_args: Check the flags and exit.");

  private HelpPrinter() {}

  /** The text for {@code request}, which is one of the help kinds. */
  static String render(
      HelpRequest request,
      String program,
      String description,
      FlagValues values,
      Set<String> keySets) {
    String argument = request.argument();
    switch (request.kind()) {
      case HELPSHORT:
        return text(program, description, values, d -> keySets.contains(d.flagSet()), false);
      case HELPMATCH:
        return text(
            program,
            description,
            values,
            d -> d.name().contains(argument) || d.flagSet().contains(argument),
            false);
      case HELPON:
        return text(
            program,
            description,
            values,
            d -> d.flagSet().equals(argument) || d.flagSet().endsWith("." + argument),
            false);
      case HELPXML:
        return xml(program, description, values);
      default:
        return text(program, description, values, d -> true, true);
    }
  }

  private static String text(
      String program,
      String description,
      FlagValues values,
      Predicate<FlagDescriptor<?>> shown,
      boolean builtIns) {
    StringBuilder out = new StringBuilder();
    out.append(program).append(": ").append(description).append("\n\n");
    out.append("Usage: ").append(program).append(" [flags] [args]\n");
    String group = null;
    for (FlagValue<?> value : values.flags()) {
      FlagDescriptor<?> flag = value.descriptor();
      if (!shown.test(flag)) {
        continue;
      }
      if (!flag.flagSet().equals(group)) {
        group = flag.flagSet();
        out.append("\nFlags from ").append(group).append(":\n");
      }
      out.append(flag.usage()).append('\n');
      if (value.isSet()) {
        out.append("    (current: ").append(quoted(value)).append(")\n");
      }
    }
    if (group == null && !builtIns) {
      out.append("\nNo flags match.\n");
    }
    if (builtIns) {
      out.append('\n').append(BUILT_IN_HELP).append('\n');
    }
    return out.toString();
  }

  private static String quoted(FlagValue<?> value) {
    FlagType<?> type = value.descriptor().type();
    boolean text = type.isTemplate() || !type.choices().isEmpty();
    return text && !value.descriptor().secret() ? "'" + value.display() + "'" : value.display();
  }

  private static String xml(String program, String description, FlagValues values) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\"?>\n<AllFlags>\n");
    element(out, "  ", "program", program);
    element(out, "  ", "usage", description);
    for (FlagValue<?> value : values.flags()) {
      FlagDescriptor<?> flag = value.descriptor();
      out.append("  <flag>\n");
      element(out, "    ", "file", flag.flagSet());
      element(out, "    ", "name", flag.name());
      element(out, "    ", "meaning", flag.help());
      element(out, "    ", "default", defaultText(flag));
      element(out, "    ", "current", value.display());
      element(out, "    ", "type", xmlType(flag.type()));
      for (String choice : flag.type().choices()) {
        element(out, "    ", "enum_value", choice);
      }
      out.append("  </flag>\n");
    }
    return out.append("</AllFlags>\n").toString();
  }

  /**
   * The default as {@code <current>} shows an unset flag's value ({@code 1m30s} for {@code 90s}),
   * except in templates, whose default is the unexpanded text.
   */
  private static <T> String defaultText(FlagDescriptor<T> flag) {
    String text = flag.defaultText();
    if (flag.secret() || text == null || flag.type().isTemplate()) {
      return flag.secret() ? "****" : nullToEmpty(text);
    }
    return flag.type().format(flag.type().parseDefault(text));
  }

  /**
   * gflags' type names for its types ({@code int32}, {@code int64}), absl-py's {@code string enum}
   * for a flag with choices (listed as {@code <enum_value>}s), and Flagstaff's own names for the
   * rest ({@code duration}, {@code path}, {@code list<int>}).
   */
  private static String xmlType(FlagType<?> type) {
    String name = type.name();
    if (!type.choices().isEmpty() && !name.startsWith("list<") && !name.startsWith("repeated ")) {
      return "string enum";
    }
    return switch (name) {
      case "int" -> "int32";
      case "long" -> "int64";
      default -> name;
    };
  }

  private static void element(StringBuilder out, String indent, String tag, String text) {
    out.append(indent).append('<').append(tag).append('>');
    out.append(escape(text));
    out.append("</").append(tag).append(">\n");
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
        continue;
      }
      if (isIllegalInXml(c)) {
        continue;
      }
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Characters XML 1.0 forbids or discourages, which absl's {@code --helpxml} strips: C0 controls
   * but tab and line breaks, DEL, C1 controls but NEL, surrogates not in a pair, U+FFFE and U+FFFF.
   */
  private static boolean isIllegalInXml(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7f && c <= 0x9f && c != 0x85)
        || Character.isSurrogate(c)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
