package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.Log;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Runs periodic tasks with oslo's semantics: each on its own spacing, kept to the schedule on a
 * monotonic clock (no drift), a run that overran skipping the runs it missed rather than starting
 * twice, an exception logged and the task run again next time.
 */
final class PeriodicTaskRunner {
  private static final Log LOG = Log.of(PeriodicTaskRunner.class);

  private final TaskScheduler scheduler;
  private final ServiceContext context;
  private final Object lock = new Object();
  private final List<TaskLoop> loops = new ArrayList<>();
  private int running;
  private boolean stopped;

  PeriodicTaskRunner(TaskScheduler scheduler, ServiceContext context) {
    this.scheduler = scheduler;
    this.context = context;
  }

  /**
   * Starts {@code tasks}: those with no spacing of their own run every {@code defaultSpacing};
   * those not run immediately first run one spacing plus a random delay of up to {@code fuzzyDelay}
   * after now.
   */
  void start(
      List<PeriodicTaskDefinition> tasks,
      Duration defaultSpacing,
      Duration fuzzyDelay,
      Random random) {
    long now = scheduler.nanoTime();
    long fuzz = fuzzyDelay.isZero() ? 0 : (long) (random.nextDouble() * fuzzyDelay.toNanos());
    synchronized (lock) {
      for (PeriodicTaskDefinition task : tasks) {
        if (!task.enabled()) {
          LOG.log(Level.DEBUG, "periodic task {0} is disabled", task.name());
          continue;
        }
        long spacing = (task.spacing() != null ? task.spacing() : defaultSpacing).toNanos();
        TaskLoop loop =
            new TaskLoop(task, spacing, now + (task.runImmediately() ? 0 : spacing + fuzz));
        loops.add(loop);
        loop.scheduleAt(loop.dueAt, now);
      }
    }
  }

  /** Starts no new runs; runs in progress go on. */
  void stop() {
    synchronized (lock) {
      stopped = true;
      loops.forEach(TaskLoop::cancel);
    }
  }

  /** Waits until no task is running, at most {@code timeout} (zero: for ever); true if none is. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (running > 0) {
        if (timeout.isZero()) {
          lock.wait();
        } else {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          lock.wait(Math.max(1, left / 1_000_000));
        }
      }
      return true;
    }
  }

  /** How many tasks are running now. */
  int running() {
    synchronized (lock) {
      return running;
    }
  }

  /** One task's schedule: runs, then schedules its next run. */
  private final class TaskLoop implements Runnable {
    private final PeriodicTaskDefinition task;
    private final long spacing;
    private long dueAt;
    private long runs;
    private TaskScheduler.Scheduled next;

    TaskLoop(PeriodicTaskDefinition task, long spacing, long dueAt) {
      this.task = task;
      this.spacing = spacing;
      this.dueAt = dueAt;
    }

    /** Called with the lock held. */
    void scheduleAt(long at, long now) {
      next = scheduler.schedule(this, at - now);
    }

    /** Called with the lock held. */
    void cancel() {
      if (next != null) {
        next.cancel();
      }
    }

    @Override
    public void run() {
      synchronized (lock) {
        if (stopped) {
          return;
        }
        running++;
      }
      try {
        runs++;
        task.action().run(new TaskContext(context, task.name(), runs));
      } catch (Exception e) {
        LOG.log(Level.ERROR, "periodic task " + task.name() + " failed", e);
      } finally {
        synchronized (lock) {
          running--;
          lock.notifyAll();
          scheduleNext();
        }
      }
    }

    /** Called with the lock held. */
    private void scheduleNext() {
      if (stopped) {
        return;
      }
      long now = scheduler.nanoTime();
      dueAt += spacing;
      if (dueAt < now) {
        long missed = (now - dueAt + spacing - 1) / spacing;
        dueAt += missed * spacing;
        LOG.log(
            Level.WARNING,
            "periodic task {0} overran its spacing of {1}; skipping {2} run(s)",
            task.name(),
            Duration.ofNanos(spacing),
            missed);
      }
      scheduleAt(dueAt, now);
    }
  }
}
