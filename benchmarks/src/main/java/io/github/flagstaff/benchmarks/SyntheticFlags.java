package io.github.flagstaff.benchmarks;

import io.github.flagstaff.runtime.flags.FlagDescriptor;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.flags.FlagSetDefinition;
import io.github.flagstaff.runtime.flags.FlagTypes;
import io.github.flagstaff.runtime.flags.FlagValues;
import java.util.ArrayList;
import java.util.List;

/**
 * A flag set of any size built from descriptors at run time, for benchmarks that need more flags
 * than anyone would write: half strings ({@code --s0}, {@code --s1}, ...) and half ints ({@code
 * --i0}, ...).
 */
final class SyntheticFlags implements FlagSetDefinition<Object> {
  private final List<FlagDescriptor<?>> flags = new ArrayList<>();

  private SyntheticFlags(int count) {
    for (int i = 0; i < count / 2; i++) {
      flags.add(
          FlagDescriptor.builder("s" + i, FlagTypes.STRING)
              .flagSet(name())
              .help("String flag number " + i + " of the benchmark.")
              .defaultText("s" + i)
              .build());
      flags.add(
          FlagDescriptor.builder("i" + i, FlagTypes.INT)
              .flagSet(name())
              .help("Int flag number " + i + " of the benchmark.")
              .defaultText(String.valueOf(i))
              .build());
    }
  }

  /** A registry of {@code count} flags. */
  static FlagRegistry registry(int count) {
    return FlagRegistry.of(List.of(new SyntheticFlags(count)));
  }

  /** The flagfile line that sets flag number {@code n} (of {@code count}). */
  static String line(int n, int count) {
    int i = (n % count) / 2;
    return n % 2 == 0 ? "--s" + i + "=value-" + n : "--i" + i + "=" + n;
  }

  @Override
  public Class<Object> type() {
    return Object.class;
  }

  @Override
  public String name() {
    return "benchmark.SyntheticFlags";
  }

  @Override
  public List<FlagDescriptor<?>> flags() {
    return flags;
  }

  @Override
  public Object bind(FlagValues values) {
    return values;
  }
}
