package io.github.flagstaff.runtime.flags;

import java.util.List;
import java.util.Optional;

/**
 * What a parse produced.
 *
 * @param values every flag's value
 * @param positionals the arguments that are not flags, in order
 * @param warnings things to tell the user, such as a deprecated flag name
 * @param request help, version or a check asked for by a built-in flag; the last one given wins
 */
public record ParseResult(
    FlagValues values,
    List<String> positionals,
    List<String> warnings,
    Optional<HelpRequest> request) {

  /** Copies the lists. */
  public ParseResult {
    positionals = List.copyOf(positionals);
    warnings = List.copyOf(warnings);
  }
}
