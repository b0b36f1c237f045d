package io.github.flagstaff.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

  @Test
  void smallValuesAreExact() {
    LatencyHistogram histogram = new LatencyHistogram();
    for (long value = 1; value <= 100; value++) {
      histogram.record(value);
    }
    assertEquals(100, histogram.count());
    assertEquals(50, histogram.percentile(50));
    assertEquals(99, histogram.percentile(99));
    assertEquals(100, histogram.percentile(100));
    assertEquals(100, histogram.max());
  }

  @Test
  void largeValuesAreWithinTwoPercentAndTheMaximumIsExact() {
    LatencyHistogram histogram = new LatencyHistogram();
    for (long micros = 1; micros <= 10_000; micros++) {
      histogram.record(micros * 1_000);
    }
    assertWithin(5_000_000, histogram.percentile(50));
    assertWithin(9_900_000, histogram.percentile(99));
    assertEquals(10_000_000, histogram.max());
    assertEquals(10_000_000, histogram.percentile(100));
  }

  @Test
  void aLongOutlierMovesTheMaximumButNotTheMedian() {
    LatencyHistogram histogram = new LatencyHistogram();
    for (int i = 0; i < 999; i++) {
      histogram.record(2_000_000);
    }
    histogram.record(3_000_000_000L);
    assertWithin(2_000_000, histogram.percentile(50));
    assertWithin(2_000_000, histogram.percentile(99));
    assertEquals(3_000_000_000L, histogram.max());
  }

  @Test
  void anEmptyHistogramReadsZero() {
    LatencyHistogram histogram = new LatencyHistogram();
    assertEquals(0, histogram.count());
    assertEquals(0, histogram.percentile(99));
    assertEquals(0, histogram.max());
  }

  private static void assertWithin(long expected, long actual) {
    assertTrue(
        actual >= expected && actual <= expected * 1.02,
        actual + " is not within 2% of " + expected);
  }
}
