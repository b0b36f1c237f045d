package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;

/**
 * One validated flag set: an interface and its flags.
 *
 * @param type the interface
 * @param flags its flags, in declaration order
 * @param accessible whether the interface is public, and every type enclosing it, so the module's
 *     index (in another package) can name it
 */
public record FlagSetModel(ClassName type, List<FlagModel> flags, boolean accessible) {

  /** Copies the flags. */
  public FlagSetModel {
    flags = List.copyOf(flags);
  }

  /** The interface's qualified name, the flag set's name in help. */
  public String name() {
    return type.canonicalName();
  }

  /** The generated typed view, which holds the flags as data: {@code Outer_InnerValues}. */
  public ClassName valuesName() {
    return ClassName.get(type.packageName(), flatName() + "Values");
  }

  /** The enums the flags use, each once, numbered in this order in the flag set's data. */
  public List<ClassName> enums() {
    List<ClassName> enums = new ArrayList<>();
    for (FlagModel flag : flags) {
      ClassName type = flag.type().enumType();
      if (type != null && !enums.contains(type)) {
        enums.add(type);
      }
    }
    return enums;
  }

  private String flatName() {
    return String.join("_", type.simpleNames());
  }
}
