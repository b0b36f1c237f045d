package io.github.flagstaff.runtime.flags;

import java.util.List;

/** Writes one flag's value as flagfile lines that parse back to the same value. */
final class FlagfileLines {

  private FlagfileLines() {}

  static <T> void append(StringBuilder out, FlagValue<T> flag) {
    FlagDescriptor<T> descriptor = flag.descriptor();
    FlagType<T> type = descriptor.type();
    String name = descriptor.name();
    if (flag.value() == null) {
      return;
    }
    if (type.isBoolean()) {
      out.append(Boolean.TRUE.equals(flag.value()) ? "--" : "--no").append(name).append('\n');
      return;
    }
    List<String> texts;
    try {
      texts = type.occurrences(flag.value());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "flag --" + name + " cannot be written: " + e.getMessage());
    }
    if (texts.isEmpty()
        && descriptor.defaultText() != null
        && !descriptor.defaultText().isEmpty()) {
      throw new IllegalArgumentException(
          "flag --" + name + " cannot be written: no occurrence gives its value");
    }
    for (String text : texts) {
      if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || !text.equals(text.strip())) {
        throw new IllegalArgumentException(
            "flag --" + name + " cannot be written: a line break or surrounding spaces");
      }
      out.append("--").append(name).append('=').append(text).append('\n');
    }
  }
}
