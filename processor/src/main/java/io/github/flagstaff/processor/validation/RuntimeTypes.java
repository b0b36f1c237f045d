package io.github.flagstaff.processor.validation;

/** Qualified names of the runtime types that validation checks against. */
final class RuntimeTypes {
  static final String MANAGER = "io.github.flagstaff.runtime.service.Manager";
  static final String FLAG_VALUES = "io.github.flagstaff.runtime.flags.FlagValues";
  static final String SERVICE_CONTEXT = "io.github.flagstaff.runtime.service.ServiceContext";
  static final String TASK_CONTEXT = "io.github.flagstaff.runtime.service.TaskContext";
  static final String REQUEST_CONTEXT = "io.github.flagstaff.runtime.rpc.RequestContext";

  private RuntimeTypes() {}
}
