package io.github.flagstaff.runtime.flags;

import io.github.flagstaff.Flag;
import java.util.List;

/** Flags shaped like the ones the gflags, Abseil and absl-py tests use. */
interface ConformanceFlags {

  @Flag(help = "Letters, as absl-py's DEFINE_list.")
  List<String> letters();

  @Flag(help = "A double.", defaultValue = "0")
  double d();
}
