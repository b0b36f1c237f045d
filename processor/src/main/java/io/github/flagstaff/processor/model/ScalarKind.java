package io.github.flagstaff.processor.model;

/** The element types a flag can have, with the name help shows for each. */
public enum ScalarKind {
  STRING("string"),
  BOOLEAN("bool"),
  INT("int"),
  LONG("long"),
  DOUBLE("double"),
  DURATION("duration"),
  PATH("path"),
  ENUM("enum");

  private final String helpName;

  ScalarKind(String helpName) {
    this.helpName = helpName;
  }

  /** The type's name in help: {@code int}, {@code duration}. */
  public String helpName() {
    return helpName;
  }

  /** Whether {@code min} and {@code max} apply. */
  public boolean isOrdered() {
    return this == INT || this == LONG || this == DOUBLE || this == DURATION;
  }
}
