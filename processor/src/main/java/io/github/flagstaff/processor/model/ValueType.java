package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A flag's type: its element kind and shape, and the Java types involved.
 *
 * @param kind the element kind
 * @param shape single, optional, list or repeated
 * @param returnType the getter's declared return type
 * @param elementType the element type, boxed ({@code Integer} for {@code int})
 * @param enumType the enum, for {@link ScalarKind#ENUM}; else null
 * @param choices the enum's constant names, for {@link ScalarKind#ENUM}; else empty
 */
public record ValueType(
    ScalarKind kind,
    Shape shape,
    TypeName returnType,
    TypeName elementType,
    ClassName enumType,
    List<String> choices) {

  /** Copies the choices. */
  public ValueType {
    choices = List.copyOf(choices);
  }

  /** The type's name in help: {@code int}, or the choices {@code flat|vlan} of an enum. */
  public String helpName() {
    return kind == ScalarKind.ENUM ? String.join("|", choices) : kind.helpName();
  }

  /** Whether this is a plain {@code boolean}, set by {@code --name} and {@code --noname}. */
  public boolean isBoolean() {
    return kind == ScalarKind.BOOLEAN && shape == Shape.SINGLE;
  }
}
