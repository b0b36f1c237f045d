package io.github.flagstaff.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.flagstaff.processor.model.ScalarKind;
import io.github.flagstaff.processor.model.Shape;
import io.github.flagstaff.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Maps a getter's return type to a flag {@link ValueType}, or says it is not supported. */
final class TypeResolver {
  static final String UNSUPPORTED =
      "unsupported flag type %s: use String, boolean, int, long, double, an enum, Duration or Path,"
          + " or Optional<T> or List<T> of one of those";

  /** The flag type of {@code returnType}, or null when it is not supported. */
  ValueType resolve(TypeMirror returnType, boolean repeatable) {
    TypeName declared = TypeName.get(returnType);
    String container = containerName(returnType);
    if (container == null) {
      return scalar(returnType, Shape.SINGLE, declared);
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) returnType).getTypeArguments();
    if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
      return null;
    }
    Shape shape =
        container.equals("java.util.Optional")
            ? Shape.OPTIONAL
            : repeatable ? Shape.REPEATED : Shape.LIST;
    return scalar(arguments.get(0), shape, declared);
  }

  private static String containerName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    String name = qualifiedName(type);
    return name.equals("java.util.Optional") || name.equals("java.util.List") ? name : null;
  }

  private static ValueType scalar(TypeMirror type, Shape shape, TypeName declared) {
    ScalarKind kind = kindOf(type);
    if (kind == null) {
      return null;
    }
    TypeName element = TypeName.get(type).box();
    if (kind != ScalarKind.ENUM) {
      return new ValueType(kind, shape, declared, element, null, List.of());
    }
    TypeElement enumElement = (TypeElement) ((DeclaredType) type).asElement();
    if (enumElement.getModifiers().contains(Modifier.PRIVATE)) {
      return null;
    }
    List<String> choices = new ArrayList<>();
    for (Element member : enumElement.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        choices.add(member.getSimpleName().toString());
      }
    }
    return new ValueType(kind, shape, declared, element, ClassName.get(enumElement), choices);
  }

  private static ScalarKind kindOf(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return ScalarKind.BOOLEAN;
      case INT:
        return ScalarKind.INT;
      case LONG:
        return ScalarKind.LONG;
      case DOUBLE:
        return ScalarKind.DOUBLE;
      case DECLARED:
        break;
      default:
        return null;
    }
    if (((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
      return ScalarKind.ENUM;
    }
    switch (qualifiedName(type)) {
      case "java.lang.String":
        return ScalarKind.STRING;
      case "java.lang.Boolean":
        return ScalarKind.BOOLEAN;
      case "java.lang.Integer":
        return ScalarKind.INT;
      case "java.lang.Long":
        return ScalarKind.LONG;
      case "java.lang.Double":
        return ScalarKind.DOUBLE;
      case "java.time.Duration":
        return ScalarKind.DURATION;
      case "java.nio.file.Path":
        return ScalarKind.PATH;
      default:
        return null;
    }
  }

  private static String qualifiedName(TypeMirror type) {
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }
}
