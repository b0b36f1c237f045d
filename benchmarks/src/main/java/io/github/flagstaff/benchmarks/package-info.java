/**
 * Benchmarks (JMH) and whole-process harnesses: start-up against the JVM floor and picocli, the
 * processor's compile-time cost, and a soak run of services. BENCHMARKS.md has the figures and the
 * commands.
 */
package io.github.flagstaff.benchmarks;
