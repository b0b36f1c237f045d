package io.github.flagstaff.benchmarks;

import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.ParseResult;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a flagfile of {@code lines} lines setting 200 flags over and over (later lines win);
 * lines per second is {@code lines / (ms per parse) * 1000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FlagfileBenchmark {
  private static final int FLAGS = 200;

  @Param({"1000", "10000", "100000", "1000000"})
  public int lines;

  private FlagParser parser;
  private Path file;

  @Setup(Level.Trial)
  public void writeFlagfile() throws Exception {
    parser = FlagParser.of(SyntheticFlags.registry(FLAGS));
    file = Files.createTempFile("bench", ".conf");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int n = 0; n < lines; n++) {
        out.write(SyntheticFlags.line(n, FLAGS));
        out.write('\n');
      }
    }
  }

  @TearDown(Level.Trial)
  public void deleteFlagfile() throws Exception {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public ParseResult parseFlagfile() throws Exception {
    return parser.parse("--flagfile=" + file);
  }
}
