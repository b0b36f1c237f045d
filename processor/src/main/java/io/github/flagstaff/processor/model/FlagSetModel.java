package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One validated flag set: an interface and its flags.
 *
 * @param type the interface
 * @param flags its flags, in declaration order
 */
public record FlagSetModel(ClassName type, List<FlagModel> flags) {

  /** Copies the flags. */
  public FlagSetModel {
    flags = List.copyOf(flags);
  }

  /** The interface's qualified name, the flag set's name in help. */
  public String name() {
    return type.canonicalName();
  }

  /** The generated descriptor table: {@code NetworkFlagsTable}, {@code Outer_InnerTable}. */
  public ClassName tableName() {
    return ClassName.get(type.packageName(), flatName() + "Table");
  }

  /** The generated typed view: {@code NetworkFlagsValues}. */
  public ClassName valuesName() {
    return ClassName.get(type.packageName(), flatName() + "Values");
  }

  private String flatName() {
    return String.join("_", type.simpleNames());
  }
}
