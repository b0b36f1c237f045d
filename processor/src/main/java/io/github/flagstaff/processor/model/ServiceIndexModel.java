package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A module's service index: the class {@link java.util.ServiceLoader} finds, listing the module's
 * services for the busybox launcher.
 *
 * @param name the index class
 * @param services the module's services
 * @param webBinaries the module's web binaries
 */
public record ServiceIndexModel(
    ClassName name, List<ServiceModel> services, List<WebBinaryModel> webBinaries) {

  /** Copies the lists. */
  public ServiceIndexModel {
    services = List.copyOf(services);
    webBinaries = List.copyOf(webBinaries);
  }
}
