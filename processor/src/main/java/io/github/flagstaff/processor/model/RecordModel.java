package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A record used in an {@code @Rpc} signature, for which a JSON codec is generated.
 *
 * @param type the record
 * @param components its components, in order
 */
public record RecordModel(ClassName type, List<Component> components) {

  /** Copies the components. */
  public RecordModel {
    components = List.copyOf(components);
  }

  /**
   * One record component.
   *
   * @param name its name in Java (and its accessor)
   * @param wireName its JSON field name
   * @param type its type
   * @param codec how it is encoded
   */
  public record Component(String name, String wireName, TypeName type, CodecModel codec) {}

  /** The generated codec class. */
  public ClassName codecName() {
    return CodecModel.recordCodecName(type);
  }
}
