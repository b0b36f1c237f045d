package io.github.flagstaff.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code GET} route; it takes no {@link Body}. The path template is {@code /}-separated segments,
 * each literal or one {@code {variable}} naming a parameter of the method: {@code
 * /v2/servers/{id}}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Get {

  /** The path template. */
  String value();
}
