/**
 * Benchmarks (JMH) and whole-process harnesses: start-up against the JVM floor and picocli, the
 * processor's compile-time cost, a soak run of services, and the service store at scale.
 * BENCHMARKS.md has the figures and the commands.
 */
package io.github.flagstaff.benchmarks;
