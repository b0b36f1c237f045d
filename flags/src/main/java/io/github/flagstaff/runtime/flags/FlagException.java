package io.github.flagstaff.runtime.flags;

import java.util.List;

/**
 * Bad flags: every problem one parse found, each naming the flag, the value, what was expected and
 * where ({@code file:line}). A parse that throws this applies nothing.
 */
public final class FlagException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  FlagException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** One message per problem, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
