package io.github.flagstaff.benchmarks;

import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Reading a flag through its generated typed getter, against reading a plain field. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FlagReadBenchmark {
  private BenchFlags flags;
  private PlainSettings plain;

  /** What a program without flags would hold its settings in. */
  static final class PlainSettings {
    int port = 8081;
    String name = "bench";
  }

  @Setup
  public void parse() throws Exception {
    flags =
        FlagParser.of(FlagRegistry.of(BenchFlags.class))
            .parse("--bench_port=8081")
            .values()
            .get(BenchFlags.class);
    plain = new PlainSettings();
  }

  @Benchmark
  public int typedGetter() {
    return flags.benchPort();
  }

  @Benchmark
  public int plainField() {
    return plain.port;
  }
}
