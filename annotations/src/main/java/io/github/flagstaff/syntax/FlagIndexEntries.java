package io.github.flagstaff.syntax;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put by the processor on the flag index it generates for a module: the flag set interfaces (by
 * qualified name) that the module declares. The processor reads it from dependencies on the
 * classpath to report flag names declared twice across modules.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface FlagIndexEntries {

  /** The package every generated flag index lives in. */
  String PACKAGE = "io.github.flagstaff.index";

  /** Qualified names of the flag set interfaces the index lists. */
  String[] value();
}
