package io.github.flagstaff.processor.model;

import java.time.Duration;
import java.util.Optional;

/**
 * One validated {@code @PeriodicTask} method.
 *
 * @param methodName the method
 * @param name the task's name in logs
 * @param spacing time between runs; empty for the service's {@code --periodic_interval}
 * @param runImmediately run at start rather than one spacing later
 * @param enabled whether it runs at all
 * @param takesContext whether the method takes a {@code TaskContext}
 */
public record TaskModel(
    String methodName,
    String name,
    Optional<Duration> spacing,
    boolean runImmediately,
    boolean enabled,
    boolean takesContext) {}
