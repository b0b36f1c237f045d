package io.github.flagstaff.runtime.service;

import io.github.flagstaff.Flag;

/** Flags of the test service's manager. */
public interface TestServiceFlags {

  @Flag(
      help = "A label the manager reports; may change on SIGHUP.",
      defaultValue = "first",
      mutable = true)
  String recordingLabel();

  @Flag(help = "A size that needs a restart to change.", defaultValue = "1")
  int recordingSize();

  @Flag(help = "Make init_host fail.")
  boolean recordingFailInit();

  @Flag(help = "A secret, masked in the flag dump.", defaultValue = "hunter2", secret = true)
  String recordingSecret();
}
