package io.github.flagstaff.processor.model;

import java.util.List;
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
 * @param choices the values a {@code String} flag is limited to; empty when any
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
    List<String> choices,
    List<String> aliases,
    Optional<String> min,
    Optional<String> max) {

  /** Copies the aliases. */
  public FlagModel {
    choices = List.copyOf(choices);
    aliases = List.copyOf(aliases);
  }

  /** The value's name in help: {@code int}, or the choices {@code flat|vlan}. */
  public String helpName() {
    return choices.isEmpty() ? type.helpName() : String.join("|", choices);
  }
}
