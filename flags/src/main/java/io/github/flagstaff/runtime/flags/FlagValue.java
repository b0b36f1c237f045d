package io.github.flagstaff.runtime.flags;

/**
 * One flag's parsed value and where it came from.
 *
 * @param <T> the value type
 */
public final class FlagValue<T> {
  private final FlagDescriptor<T> descriptor;
  private final T value;
  private final Source source;

  FlagValue(FlagDescriptor<T> descriptor, T value, Source source) {
    this.descriptor = descriptor;
    this.value = value;
    this.source = source;
  }

  /** The flag. */
  public FlagDescriptor<T> descriptor() {
    return descriptor;
  }

  /** The flag's name. */
  public String name() {
    return descriptor.name();
  }

  /** The value; for a flag neither set nor defaulted, its type's empty value. */
  public T value() {
    return value;
  }

  /** Where the value came from (the last place that set it). */
  public Source source() {
    return source;
  }

  /** Whether the value was set rather than defaulted. */
  public boolean isSet() {
    return source.kind() != Source.Kind.DEFAULT;
  }

  /** The value as printed, masked for a secret flag. */
  public String display() {
    return descriptor.display(value);
  }

  @Override
  public String toString() {
    return descriptor.name() + " : " + display();
  }
}
