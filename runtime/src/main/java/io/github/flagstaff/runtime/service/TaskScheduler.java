package io.github.flagstaff.runtime.service;

/** Runs actions after delays measured on a monotonic clock. */
interface TaskScheduler {

  /** A scheduled action that has not run yet. */
  interface Scheduled {
    /** Drops the action if it has not started. */
    void cancel();
  }

  /** Now, in nanoseconds on a monotonic clock. */
  long nanoTime();

  /** Runs {@code action} once, {@code delayNanos} from now. */
  Scheduled schedule(Runnable action, long delayNanos);

  /** Stops the threads behind this scheduler once the actions running now are done. */
  void shutdown();
}
