package io.github.flagstaff.processor.validation;

import io.github.flagstaff.processor.model.ScalarKind;
import io.github.flagstaff.processor.model.Shape;
import io.github.flagstaff.processor.model.ValueType;
import io.github.flagstaff.syntax.Templates;
import io.github.flagstaff.syntax.ValueSyntax;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses values written in annotations (defaults and bounds) exactly as the runtime will, so a bad
 * value fails the build rather than the program.
 */
final class ValueChecker {

  private ValueChecker() {}

  /**
   * The elements of {@code text} as values of {@code type} (several for a list, else one), ordered
   * values as {@link Comparable}s.
   *
   * @throws IllegalArgumentException with what was expected
   */
  static List<Object> parse(ValueType type, String text) {
    List<String> parts =
        type.shape() == Shape.LIST || type.shape() == Shape.REPEATED
            ? ValueSyntax.splitQuotedList(text)
            : List.of(text);
    List<Object> out = new ArrayList<>(parts.size());
    for (String part : parts) {
      out.add(parseElement(type, part));
    }
    return out;
  }

  /** One element of {@code type}. */
  static Object parseElement(ValueType type, String text) {
    ScalarKind kind = type.kind();
    switch (kind) {
      case STRING:
        Templates.references(text);
        return text;
      case PATH:
        Templates.references(text);
        try {
          return Path.of(text);
        } catch (InvalidPathException e) {
          throw new IllegalArgumentException("expected path (" + e.getReason() + ")");
        }
      case BOOLEAN:
        return ValueSyntax.parseBoolean(text);
      case INT:
        return ValueSyntax.parseInt(text);
      case LONG:
        return ValueSyntax.parseLong(text);
      case DOUBLE:
        return ValueSyntax.parseDouble(text);
      case DURATION:
        return ValueSyntax.parseDuration(text);
      case ENUM:
        int index = ValueSyntax.indexOfChoice(type.choices(), text);
        if (index < 0) {
          throw new IllegalArgumentException(
              "expected one of " + String.join(", ", type.choices()));
        }
        return type.choices().get(index);
      default:
        throw new AssertionError(kind);
    }
  }

  /** Compares two elements of the same ordered kind. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Object a, Object b) {
    return ((Comparable) a).compareTo(b);
  }
}
