package io.github.flagstaff.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request body, decoded from JSON by the codec the processor generates for the parameter's type
 * (a record or another type RPC supports; record components are snake_case fields). At most one per
 * method, and none on {@code GET} or {@code DELETE}. An undecodable body is answered 400.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Body {}
