package mymodule.compute;

import io.github.flagstaff.Flag;

/** The flags of {@link ComputeManager}. */
public interface ComputeFlags {

  @Flag(help = "Memory this compute host offers to instances.", defaultValue = "4096", min = "1")
  int computeMemoryMb();
}
