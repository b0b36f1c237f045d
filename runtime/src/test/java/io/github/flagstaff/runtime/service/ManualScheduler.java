package io.github.flagstaff.runtime.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A {@link TaskScheduler} whose clock moves only when a test advances it; due actions run on the
 * test's thread, in time order.
 */
final class ManualScheduler implements TaskScheduler {
  private record Entry(long at, long order, Runnable action, boolean[] cancelled) {}

  private final PriorityQueue<Entry> queue =
      new PriorityQueue<>(
          (a, b) -> a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.order, b.order));
  private long now;
  private long order;
  private boolean shutDown;

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized Scheduled schedule(Runnable action, long delayNanos) {
    boolean[] cancelled = {false};
    queue.add(new Entry(now + Math.max(0, delayNanos), order++, action, cancelled));
    return () -> cancelled[0] = true;
  }

  @Override
  public synchronized void shutdown() {
    shutDown = true;
  }

  boolean isShutDown() {
    return shutDown;
  }

  /** Moves the clock by {@code amount} without running anything: a task's run taking that long. */
  synchronized void elapse(Duration amount) {
    now += amount.toNanos();
  }

  /** Runs every action due within {@code amount}, moving the clock to each in turn. */
  void advance(Duration amount) {
    long until;
    synchronized (this) {
      until = now + amount.toNanos();
    }
    while (true) {
      Entry next;
      synchronized (this) {
        next = queue.peek();
        if (next == null || next.at > until) {
          now = Math.max(now, until);
          return;
        }
        queue.poll();
        now = Math.max(now, next.at);
      }
      if (!next.cancelled[0]) {
        next.action.run();
      }
    }
  }

  /** The times, relative to the start, at which pending actions are due. */
  synchronized List<Duration> pending() {
    List<Duration> out = new ArrayList<>();
    for (Entry entry : queue) {
      if (!entry.cancelled[0]) {
        out.add(Duration.ofNanos(entry.at));
      }
    }
    out.sort(null);
    return out;
  }
}
