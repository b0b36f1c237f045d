package io.github.flagstaff.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query parameter: {@code ?limit=10}. A plain type is required (400 when missing); {@code
 * Optional<T>} may be missing; {@code List<T>} takes every occurrence ({@code ?tag=a&tag=b}). With
 * several occurrences, a single value is the last one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Query {

  /** The parameter's name in the query; default: the Java parameter's name in snake_case. */
  String value() default "";
}
