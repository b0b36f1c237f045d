package io.github.flagstaff.syntax;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put by the processor on the indexes it generates for a module (flag sets, services): the
 * qualified names of what the index lists. The processor reads it from dependencies on the class
 * path, to report flag names declared twice across modules and to keep index names unique.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GeneratedIndex {

  /** The package every generated index lives in. */
  String PACKAGE = "io.github.flagstaff.index";

  /** Qualified names of what the index lists. */
  String[] value();
}
