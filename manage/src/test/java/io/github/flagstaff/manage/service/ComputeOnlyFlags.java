package io.github.flagstaff.manage.service;

import io.github.flagstaff.Flag;

/**
 * A flag only a service defines, which a shared nova.conf sets; the process tests put it on
 * flagstaff-manage's class path through {@code FLAGSTAFF_MANAGE_CLASSPATH}.
 */
public interface ComputeOnlyFlags {

  @Flag(help = "A flag of the compute service alone.", defaultValue = "0")
  int computeOnlyCores();
}
