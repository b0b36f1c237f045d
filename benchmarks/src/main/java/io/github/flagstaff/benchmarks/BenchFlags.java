package io.github.flagstaff.benchmarks;

import io.github.flagstaff.Flag;

/** A flag set whose generated getter {@link FlagReadBenchmark} reads. */
public interface BenchFlags {

  @Flag(
      help = "A port, read by the getter benchmark.",
      defaultValue = "8080",
      min = "1",
      max = "65535")
  int benchPort();

  @Flag(help = "A name, read by the getter benchmark.", defaultValue = "bench")
  String benchName();
}
