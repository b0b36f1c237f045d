package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A module's flag index: the class {@link java.util.ServiceLoader} finds, listing the module's flag
 * sets.
 *
 * @param name the index class
 * @param flagSets the module's flag sets
 */
public record FlagIndexModel(ClassName name, List<FlagSetModel> flagSets) {

  /** Copies the flag sets. */
  public FlagIndexModel {
    flagSets = List.copyOf(flagSets);
  }
}
