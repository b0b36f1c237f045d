package io.github.flagstaff.runtime;

import io.github.flagstaff.Flag;
import java.nio.file.Path;
import java.util.Optional;

/** The flags every Flagstaff program has, after Nova's {@code nova/flags.py}. */
public interface CommonFlags {

  @Flag(help = "Name of this node; the machine's hostname when not given.")
  Optional<String> host();

  @Flag(help = "IP address of this host; the address of the default route when not given.")
  Optional<String> myIp();

  @Flag(help = "Top-level directory for maintaining state.", defaultValue = ".")
  Path statePath();

  @Flag(help = "Log at debug level.")
  boolean verbose();
}
