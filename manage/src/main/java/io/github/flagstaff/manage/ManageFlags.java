package io.github.flagstaff.manage;

import io.github.flagstaff.Flag;
import java.util.Optional;

/** The flags of {@code flagstaff-manage}; {@code --host} is {@code CommonFlags}'. */
public interface ManageFlags {

  @Flag(help = "The program of the service to disable or enable, such as nova-compute.")
  Optional<String> binary();

  @Flag(help = "Why the service is disabled (service disable).")
  Optional<String> reason();

  @Flag(
      help = "How service list prints: a table for people or JSON for scripts.",
      defaultValue = "table",
      choices = {"table", "json"})
  String format();
}
