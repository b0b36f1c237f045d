package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A module's flag index: the class {@link java.util.ServiceLoader} finds, listing the module's flag
 * sets and the manager flags its services' main classes declare.
 *
 * @param name the index class
 * @param flagSets the module's flag sets
 * @param services the module's services
 * @param webBinaries the module's web binaries, whose main classes declare their flags
 */
public record FlagIndexModel(
    ClassName name,
    List<FlagSetModel> flagSets,
    List<ServiceModel> services,
    List<WebBinaryModel> webBinaries) {

  /** Copies the lists. */
  public FlagIndexModel {
    flagSets = List.copyOf(flagSets);
    services = List.copyOf(services);
    webBinaries = List.copyOf(webBinaries);
  }
}
