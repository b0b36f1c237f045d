package io.github.flagstaff.benchmarks;

import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.Program;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
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

/** {@code --helpfull} for a program with 1,000 flags: parse, render, print to nowhere. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HelpBenchmark {
  private Program program;
  private final CountingStream out = new CountingStream();
  private final PrintStream print = new PrintStream(out);

  /** Counts what help writes, so the JIT cannot drop it. */
  static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  @Setup
  public void program() {
    program =
        Program.named("bench")
            .defaultFlagfiles(List.of())
            .parser(FlagParser.of(SyntheticFlags.registry(1000)));
  }

  @Benchmark
  public long helpFor1000Flags() {
    program.run(new String[] {"--helpfull"}, print, print);
    return out.bytes;
  }
}
