package io.github.flagstaff.processor.model;

/** What a manager constructor's parameter receives. */
public enum InjectedKind {
  /** A flag set interface's view of the values. */
  FLAG_SET,
  /** All flag values. */
  FLAG_VALUES,
  /** The service context: host, binary, topic. */
  SERVICE_CONTEXT
}
