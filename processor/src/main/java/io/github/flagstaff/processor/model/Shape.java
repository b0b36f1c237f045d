package io.github.flagstaff.processor.model;

/** How many values a flag holds. */
public enum Shape {
  /** {@code T}: one value. */
  SINGLE,
  /** {@code Optional<T>}: empty unless given. */
  OPTIONAL,
  /** {@code List<T>}: a comma-separated list; a later occurrence replaces it. */
  LIST,
  /** {@code @Flag(repeatable = true) List<T>}: each occurrence appends one element. */
  REPEATED
}
