package mymodule.boot;

import io.github.flagstaff.Flag;

/** The flags of {@link ExampleBoot} and {@link NovaAllInOne}. */
public interface BootFlags {

  @Flag(help = "How many instances to ask the scheduler for.", defaultValue = "2", min = "1")
  int instances();

  @Flag(help = "Memory of each instance.", defaultValue = "512", min = "1")
  int instanceMemoryMb();

  @Flag(help = "The user the requests are made as.", defaultValue = "demo")
  String bootUser();
}
