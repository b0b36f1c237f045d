package io.github.flagstaff.processor.writing;

import io.github.flagstaff.processor.model.FlagModel;
import io.github.flagstaff.processor.model.ScalarKind;
import io.github.flagstaff.processor.model.Shape;
import io.github.flagstaff.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a flag's {@code --help} entry at compile time, in gflags' layout:
 *
 * <pre>
 *   --port=&lt;int&gt;: Port to listen on.
 *     (default: 8080; range: [1, 65535])
 * </pre>
 */
final class UsageRenderer {

  private UsageRenderer() {}

  static String render(FlagModel flag) {
    ValueType type = flag.type();
    StringBuilder out = new StringBuilder("  --");
    if (type.isBoolean()) {
      out.append("[no]").append(flag.name());
    } else {
      out.append(flag.name()).append("=<").append(flag.helpName()).append('>');
      if (type.shape() == Shape.LIST) {
        out.append("[,<").append(flag.helpName()).append(">...]");
      }
    }
    out.append(": ").append(flag.help().strip().replace("\n", "\n    "));
    List<String> details = details(flag);
    if (!details.isEmpty()) {
      out.append("\n    (").append(String.join("; ", details)).append(')');
    }
    return out.toString();
  }

  private static List<String> details(FlagModel flag) {
    List<String> details = new ArrayList<>();
    if (flag.required()) {
      details.add("required");
    }
    flag.defaultText()
        .filter(text -> !text.isEmpty() || flag.type().shape() == Shape.SINGLE)
        .ifPresent(text -> details.add("default: " + shown(flag, text)));
    if (flag.min().isPresent() && flag.max().isPresent()) {
      details.add("range: [" + flag.min().get() + ", " + flag.max().get() + "]");
    } else {
      flag.min().ifPresent(min -> details.add("minimum: " + min));
      flag.max().ifPresent(max -> details.add("maximum: " + max));
    }
    if (flag.type().shape() == Shape.REPEATED) {
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

  private static String shown(FlagModel flag, String text) {
    if (flag.secret()) {
      return "****";
    }
    ScalarKind kind = flag.type().kind();
    boolean quoted =
        kind == ScalarKind.STRING || kind == ScalarKind.PATH || kind == ScalarKind.ENUM;
    return quoted ? "'" + text + "'" : text;
  }
}
