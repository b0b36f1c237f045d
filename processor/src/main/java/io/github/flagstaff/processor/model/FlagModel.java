package io.github.flagstaff.processor.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One validated flag.
 *
 * @param methodName the getter's name
 * @param name the flag's name
 * @param help the help text
 * @param type its type
 * @param defaultText the default as written; empty when there is none
 * @param required whether it must be given
 * @param secret whether values are masked
 * @param mutable whether a running service may change it
 * @param aliases deprecated names
 * @param min the lower bound as written; empty when open
 * @param max the upper bound as written; empty when open
 */
public record FlagModel(
    String methodName,
    String name,
    String help,
    ValueType type,
    Optional<String> defaultText,
    boolean required,
    boolean secret,
    boolean mutable,
    List<String> aliases,
    Optional<String> min,
    Optional<String> max) {

  /** Copies the aliases. */
  public FlagModel {
    aliases = List.copyOf(aliases);
  }

  /** The descriptor constant's name in the generated table: {@code MY_IP} for {@code my_ip}. */
  public String constantName() {
    return name.toUpperCase(Locale.ROOT);
  }
}
