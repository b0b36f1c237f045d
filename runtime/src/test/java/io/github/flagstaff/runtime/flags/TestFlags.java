package io.github.flagstaff.runtime.flags;

import io.github.flagstaff.Flag;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A flag of every kind, for the parser tests. */
interface TestFlags {

  enum Mode {
    FLAT,
    VLAN
  }

  @Flag(help = "A name.", defaultValue = "anon")
  String name();

  @Flag(help = "A port.", defaultValue = "8080", min = "1", max = "65535")
  int port();

  @Flag(help = "A big number.", defaultValue = "0")
  long big();

  @Flag(help = "A ratio.", defaultValue = "0.5")
  double ratio();

  @Flag(help = "Debug mode.")
  boolean debug();

  @Flag(help = "Network mode.", defaultValue = "flat")
  Mode mode();

  @Flag(help = "How long to wait.", defaultValue = "90s", max = "2h")
  Duration timeout();

  @Flag(help = "Base directory.", defaultValue = "/var/lib/test")
  String base();

  @Flag(help = "Data directory.", defaultValue = "$base/data")
  Path dataDir();

  @Flag(help = "A nickname.")
  Optional<String> nick();

  @Flag(help = "A limit.")
  Optional<Integer> limit();

  @Flag(help = "Ports.", defaultValue = "1,2")
  List<Integer> ports();

  @Flag(help = "Tags, one per occurrence.", repeatable = true)
  List<String> tag();

  @Flag(help = "A password.", defaultValue = "hunter2", secret = true)
  String password();

  @Flag(
      help = "A color.",
      defaultValue = "red",
      choices = {"red", "green"})
  String color();

  @Flag(
      help = "Renamed flag.",
      defaultValue = "x",
      aliases = {"old_name"})
  String newName();
}
