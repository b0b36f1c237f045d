package io.github.flagstaff.runtime.flags;

import io.github.flagstaff.Flag;

/** A required flag, for the parser tests. */
interface RequiredFlags {

  @Flag(help = "An API token.", required = true)
  String token();
}
