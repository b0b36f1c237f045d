package io.github.flagstaff.runtime.service;

import io.github.flagstaff.PeriodicTask;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.flags.FlagValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A manager that records what the service framework does to it. */
@ServiceManager(topic = "testservice")
public class RecordingManager extends Manager {
  final List<String> events = Collections.synchronizedList(new ArrayList<>());
  final TestServiceFlags flags;
  final FlagValues values;
  final ServiceContext context;

  public RecordingManager(TestServiceFlags flags, FlagValues values, ServiceContext context) {
    this.flags = flags;
    this.values = values;
    this.context = context;
  }

  @Override
  public void initHost() {
    events.add("init_host " + host());
    if (flags.recordingFailInit()) {
      throw new IllegalStateException("disk missing");
    }
  }

  @Override
  public void periodicTasks(TaskContext task) {
    events.add(task.taskName() + " " + task.run());
  }

  @PeriodicTask(spacing = "10s")
  public void tick(TaskContext task) {
    events.add("tick " + task.run() + " " + context.flags(TestServiceFlags.class).recordingLabel());
  }

  @PeriodicTask(spacing = "30s", runImmediately = true, name = "sweep")
  public void sweepOnce() {
    events.add("sweep");
  }

  @PeriodicTask(enabled = false)
  public void never() {
    events.add("never");
  }

  @Override
  public void reset() {
    events.add("reset");
  }

  @Override
  public void cleanupHost() {
    events.add("cleanup");
  }
}
