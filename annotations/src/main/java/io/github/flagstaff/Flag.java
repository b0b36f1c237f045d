package io.github.flagstaff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a command-line flag on an abstract method of an interface, which makes that interface a
 * <em>flag set</em>: the Java counterpart of a Python module that calls {@code DEFINE_*}.
 *
 * <pre>{@code
 * public interface ExampleFlags {
 *   @Flag(help = "human readable description of your flag", defaultValue = "default_value")
 *   String myFlag();
 * }
 * }</pre>
 *
 * <p>The method's return type is the flag's type: {@code String}, {@code boolean}, {@code int},
 * {@code long}, {@code double}, an enum, {@link java.time.Duration}, {@link java.nio.file.Path},
 * {@code Optional<T>} of one of those, or {@code List<T>} of one of those. A {@code List} flag
 * takes a comma-separated value ({@code DEFINE_list}); with {@link #repeatable()} every occurrence
 * appends one element instead ({@code DEFINE_multistring}).
 *
 * <p>A flag needs a value: give {@link #defaultValue()}, or say {@link #required()}, or make it an
 * {@code Optional} (empty when not given). A {@code boolean} defaults to {@code false} and a {@code
 * List} to the empty list.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Flag {

  /** The value of {@link #defaultValue()} that means "no default". */
  String NO_DEFAULT = "\u0000flagstaff:no-default";

  /**
   * The flag's name, {@code [a-z][a-z0-9_]*}. Defaults to the method name in lower_snake_case:
   * {@code myIp()} is {@code --my_ip}.
   */
  String name() default "";

  /** What the flag does, shown by {@code --help}. Must not be blank. */
  String help();

  /**
   * The default value, written as on the command line and checked against the flag's type at
   * compile time ({@code "8080"}, {@code "90s"}, {@code "a,b,c"} for a list). String values may
   * refer to other flags as {@code $name} or {@code ${name}}; {@code $$} is a literal {@code $}.
   */
  String defaultValue() default NO_DEFAULT;

  /** The flag must be given; a missing required flag is an error. It has no default. */
  boolean required() default false;

  /** The value is printed as {@code ****} wherever values are printed or logged. */
  boolean secret() default false;

  /** Inclusive lower bound, written in the flag's type (numbers and durations only). */
  String min() default "";

  /** Inclusive upper bound, written in the flag's type (numbers and durations only). */
  String max() default "";

  /** For a {@code String} flag: the only values allowed, matched exactly; help lists them. */
  String[] choices() default {};

  /** Deprecated names that still work, with a warning on stderr. */
  String[] aliases() default {};

  /**
   * On a {@code List} flag: every occurrence appends one element, rather than replacing the list.
   */
  boolean repeatable() default false;

  /** The flag may change while the program runs: a service applies a new value on SIGHUP. */
  boolean mutable() default false;
}
