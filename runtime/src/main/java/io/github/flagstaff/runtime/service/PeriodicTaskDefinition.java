package io.github.flagstaff.runtime.service;

import java.time.Duration;
import java.util.Objects;

/**
 * One periodic task, as the processor generates it from a {@code @PeriodicTask} method.
 *
 * @param name the task's name in logs
 * @param spacing time between runs; null for the service's {@code --periodic_interval}
 * @param runImmediately run when the service starts rather than one spacing later
 * @param enabled whether the task runs at all
 * @param action the call
 */
public record PeriodicTaskDefinition(
    String name, Duration spacing, boolean runImmediately, boolean enabled, Action action) {

  /** A task's body. */
  @FunctionalInterface
  public interface Action {
    /** Runs the task once. */
    void run(TaskContext context) throws Exception;
  }

  /** Checks the parts. */
  public PeriodicTaskDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(action, "action");
    if (spacing != null && (spacing.isNegative() || spacing.isZero())) {
      throw new IllegalArgumentException("spacing of task " + name + " must be positive");
    }
  }
}
