package io.github.flagstaff.benchmarks;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies in nanoseconds, counted in log-linear buckets as HdrHistogram does: values below 128
 * exactly, larger ones with their top seven bits (within 1.6%). Percentiles are the bucket's upper
 * end, the maximum exact. Safe to record from many threads.
 */
final class LatencyHistogram {
  private static final int EXACT = 128;
  private static final int HALF = 64;
  private static final int BUCKETS = EXACT + 62 * HALF;

  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
  private final AtomicLong max = new AtomicLong();

  /** Counts one latency of {@code nanos} (negative counts as zero). */
  void record(long nanos) {
    long value = Math.max(0, nanos);
    counts.incrementAndGet(index(value));
    max.accumulateAndGet(value, Math::max);
  }

  /** How many latencies were recorded. */
  long count() {
    long total = 0;
    for (int i = 0; i < BUCKETS; i++) {
      total += counts.get(i);
    }
    return total;
  }

  /** The largest latency recorded; 0 if none. */
  long max() {
    return max.get();
  }

  /**
   * The latency that {@code percentile} percent of recordings did not exceed, to the bucket's
   * precision; 0 if none were recorded.
   */
  long percentile(double percentile) {
    long total = count();
    if (total == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(total * percentile / 100));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts.get(i);
      if (seen >= rank) {
        return Math.min(highest(i), max());
      }
    }
    return max();
  }

  private static int index(long value) {
    if (value < EXACT) {
      return (int) value;
    }
    int shift = 63 - Long.numberOfLeadingZeros(value) - 6;
    return EXACT + (shift - 1) * HALF + (int) ((value >>> shift) - HALF);
  }

  /** The largest value that falls in bucket {@code index}. */
  private static long highest(int index) {
    if (index < EXACT) {
      return index;
    }
    int shift = (index - EXACT) / HALF + 1;
    long top = (index - EXACT) % HALF + HALF;
    return ((top + 1) << shift) - 1;
  }
}
