package io.github.flagstaff.runtime.flags;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a flag's {@code --help} entry from its descriptor, in gflags' layout, the one place help
 * entries are made (so help does not depend on which processor version compiled a jar):
 *
 * <pre>
 *   --port=&lt;int&gt;: Port to listen on.
 *     (default: 8080; range: [1, 65535])
 * </pre>
 */
final class FlagUsage {

  private FlagUsage() {}

  static String render(FlagDescriptor<?> flag) {
    FlagType<?> type = flag.type();
    StringBuilder out = new StringBuilder("  --");
    if (type.isBoolean()) {
      out.append("[no]").append(flag.name());
    } else {
      out.append(flag.name()).append("=<").append(type.valueName()).append('>');
      if (type.isList()) {
        out.append("[,<").append(type.valueName()).append(">...]");
      }
    }
    out.append(": ").append(flag.help().strip().replace("\n", "\n    "));
    List<String> details = details(flag);
    if (!details.isEmpty()) {
      out.append("\n    (").append(String.join("; ", details)).append(')');
    }
    return out.toString();
  }

  private static List<String> details(FlagDescriptor<?> flag) {
    FlagType<?> type = flag.type();
    List<String> details = new ArrayList<>();
    if (flag.required()) {
      details.add("required");
    }
    String defaultText = flag.defaultText();
    boolean single = type.absent() == null;
    if (defaultText != null && (single || !defaultText.isEmpty())) {
      details.add("default: " + shown(flag, defaultText));
    }
    if (!type.rangeInHelp().isEmpty()) {
      details.add(type.rangeInHelp());
    }
    if (type.accumulates()) {
      details.add("repeatable");
    }
    if (flag.mutable()) {
      details.add("mutable");
    }
    if (!flag.aliases().isEmpty()) {
      details.add("deprecated names: --" + String.join(", --", flag.aliases()));
    }
    return details;
  }

  private static String shown(FlagDescriptor<?> flag, String text) {
    if (flag.secret()) {
      return "****";
    }
    FlagType<?> type = flag.type();
    boolean quoted = type.isTemplate() || !type.choices().isEmpty();
    return quoted ? "'" + text + "'" : text;
  }
}
