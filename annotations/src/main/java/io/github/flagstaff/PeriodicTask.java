package io.github.flagstaff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a manager method periodically while its service runs (oslo's {@code @periodic_task}). The
 * method returns nothing useful and takes no parameters, or one {@code TaskContext}.
 *
 * <p>A task that throws is logged and runs again at its next time; a task still running when its
 * next time comes is not started twice; runs keep to the spacing without drifting.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PeriodicTask {

  /**
   * Time between runs, as a duration ({@code "10s"}, {@code "5m"}); empty means the service's
   * {@code --periodic_interval}.
   */
  String spacing() default "";

  /** Run once as soon as the service starts, rather than one spacing (plus fuzz) after. */
  boolean runImmediately() default false;

  /** Whether the task runs at all. */
  boolean enabled() default true;

  /** The task's name in logs; default: the method name. */
  String name() default "";
}
