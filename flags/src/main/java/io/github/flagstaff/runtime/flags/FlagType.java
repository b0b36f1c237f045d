package io.github.flagstaff.runtime.flags;

import java.util.List;

/**
 * How one flag's text becomes a value and back. Instances come from {@link FlagTypes}.
 *
 * @param <T> the value type the flag's getter returns (boxed)
 */
public interface FlagType<T> {

  /** The name help shows, such as {@code int}, {@code duration} or {@code list<string>}. */
  String name();

  /**
   * Parses one occurrence of the flag.
   *
   * @throws IllegalArgumentException whose message says what was expected
   */
  T parse(String text);

  /** Parses a default value; a repeatable flag's default is a comma-separated list. */
  default T parseDefault(String text) {
    return parse(text);
  }

  /** The text {@link #parse} reads back as an equal value. */
  String format(T value);

  /**
   * The texts of the occurrences that parse back to {@code value}: one for most types, one per
   * element of a repeatable flag, none for an empty optional; {@code $} is written {@code $$} in
   * templates.
   *
   * @throws IllegalArgumentException if no text parses back to it (a list element with a comma)
   */
  default List<String> occurrences(T value) {
    String text = format(value);
    return List.of(isTemplate() ? text.replace("$", "$$") : text);
  }

  /** The value of a flag given no default and not set: empty for optionals and lists, else null. */
  default T absent() {
    return null;
  }

  /** Whether every occurrence adds to the value (a repeatable flag) rather than replacing it. */
  default boolean accumulates() {
    return false;
  }

  /** How a later occurrence combines with an earlier one: by default it replaces it. */
  default T combine(T earlier, T later) {
    return later;
  }

  /** Whether {@code --name} alone and {@code --noname} are allowed. */
  default boolean isBoolean() {
    return false;
  }

  /** Whether values are templates in which {@code $name} refers to another flag. */
  default boolean isTemplate() {
    return false;
  }

  /** The constant names of an enum flag, in declaration order; empty for other types. */
  default List<String> choices() {
    return List.of();
  }

  /** The bounds as errors show them, such as {@code [1, 65535]}; empty when unbounded. */
  default String range() {
    return "";
  }

  /**
   * The bounds as help shows them: {@code range: [1, 65535]}, {@code minimum: 0} or {@code maximum:
   * 9}; empty when unbounded.
   */
  default String rangeInHelp() {
    return "";
  }

  /** The name of one value in help: {@code int}, or the choices, such as {@code FLAT|VLAN}. */
  default String valueName() {
    return choices().isEmpty() ? name() : String.join("|", choices());
  }

  /** Whether one occurrence is a comma-separated list ({@code DEFINE_list}). */
  default boolean isList() {
    return false;
  }
}
