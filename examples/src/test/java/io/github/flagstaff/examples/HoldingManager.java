package io.github.flagstaff.examples;

import io.github.flagstaff.PeriodicTask;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.service.Manager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A service whose one task runs at start and holds until a line arrives on stdin, so a test can
 * signal the process while the task is known to be running and then let it finish.
 */
@ServiceManager(topic = "holding")
public class HoldingManager extends Manager {

  /** Logs its start, waits for a line on stdin, and logs its end. */
  @PeriodicTask(spacing = "1h", runImmediately = true)
  public void hold() {
    System.err.println("holding task started");
    try {
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      System.err.println("holding task finished after reading '" + line + "'");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
