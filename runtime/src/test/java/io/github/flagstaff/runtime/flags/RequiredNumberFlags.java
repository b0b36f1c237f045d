package io.github.flagstaff.runtime.flags;

import io.github.flagstaff.Flag;

/** A required primitive flag, which has no value at all when only help is asked for. */
interface RequiredNumberFlags {

  @Flag(help = "How many replicas.", required = true)
  int replicas();
}
