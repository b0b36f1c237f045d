package io.github.flagstaff.runtime.service;

import io.github.flagstaff.Flag;
import java.time.Duration;

/** The flags of every service, after Nova's {@code nova/flags.py} and oslo.service. */
public interface ServiceFlags {

  @Flag(
      help = "Seconds between nodes reporting state to the data store.",
      defaultValue = "10s",
      min = "1ms")
  Duration reportInterval();

  @Flag(help = "Seconds between running periodic tasks.", defaultValue = "60s", min = "1ms")
  Duration periodicInterval();

  @Flag(
      help =
          "Largest random delay before periodic tasks first run, so a fleet restarted at once"
              + " does not run them all at the same moment.",
      defaultValue = "60s",
      min = "0s")
  Duration periodicFuzzyDelay();

  @Flag(
      help = "Longest time since a service last reported for it to count as up.",
      defaultValue = "60s",
      min = "1ms")
  Duration serviceDownTime();

  @Flag(
      help = "How long SIGTERM waits for running work to finish; 0 waits for ever.",
      defaultValue = "60s",
      min = "0s")
  Duration gracefulShutdownTimeout();
}
