package io.github.flagstaff.runtime.flags;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one parse: the first {@link #LIMIT} in full, the rest only counted, so that a
 * flagfile of garbage costs bounded memory and prints a bounded report.
 */
final class ProblemList {
  /** How many problems a parse reports in full. */
  static final int LIMIT = 100;

  private final List<String> kept = new ArrayList<>();
  private long more;

  void add(String problem) {
    if (isFull()) {
      more++;
    } else {
      kept.add(problem);
    }
  }

  /** Counts {@code count} problems not worth writing out, as the list is full. */
  void addUnwritten(long count) {
    more += count;
  }

  /** Whether further problems are only counted; callers may skip composing them. */
  boolean isFull() {
    return kept.size() >= LIMIT;
  }

  boolean isEmpty() {
    return kept.isEmpty() && more == 0;
  }

  /** The problems kept, then {@code "... and 12 more problems"} when some were only counted. */
  List<String> toList() {
    List<String> out = new ArrayList<>(kept);
    if (more > 0) {
      out.add("... and " + more + " more problem" + (more == 1 ? "" : "s"));
    }
    return out;
  }
}
