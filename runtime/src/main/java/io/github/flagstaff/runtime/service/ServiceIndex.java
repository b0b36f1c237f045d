package io.github.flagstaff.runtime.service;

import java.util.List;

/**
 * The services one module declares. The processor generates one per module with managers and
 * registers it for {@link java.util.ServiceLoader}, which is how the busybox {@link Launcher} finds
 * a service by its binary name.
 */
public interface ServiceIndex {

  /** The module's services. */
  List<ServiceDefinition> services();
}
