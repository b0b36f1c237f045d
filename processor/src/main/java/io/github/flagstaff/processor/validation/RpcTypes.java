package io.github.flagstaff.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.flagstaff.processor.model.CodecModel;
import io.github.flagstaff.processor.model.RecordModel;
import io.github.flagstaff.syntax.FlagNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Decides how a type in an {@code @Rpc} signature is encoded, and gathers the records that need a
 * generated codec.
 */
final class RpcTypes {
  static final String SUPPORTED =
      "use primitives and their boxes, String, enums, List<T>, Map<String, T>, Optional<T>, or"
          + " records of those";

  private final Map<ClassName, RecordModel> records = new LinkedHashMap<>();

  /** The codec of {@code type}, or null when it is not supported. */
  CodecModel codecOf(TypeMirror type) {
    return codecOf(type, new ArrayList<>());
  }

  /** Every record met so far, each once. */
  List<RecordModel> records() {
    return List.copyOf(records.values());
  }

  private CodecModel codecOf(TypeMirror type, List<ClassName> visiting) {
    switch (type.getKind()) {
      case BOOLEAN, INT, LONG, SHORT, BYTE, DOUBLE, FLOAT, CHAR:
        return CodecModel.primitive(
            type.getKind() == TypeKind.CHAR ? "CHAR" : type.getKind().name());
      case DECLARED:
        break;
      default:
        return null;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    switch (name) {
      case "java.lang.String":
        return CodecModel.string();
      case "java.lang.Boolean",
      "java.lang.Integer",
      "java.lang.Long",
      "java.lang.Short",
      "java.lang.Byte",
      "java.lang.Double",
      "java.lang.Float":
        return CodecModel.boxed(
            element.getSimpleName().toString().toUpperCase(Locale.ROOT).replace("INTEGER", "INT"));
      case "java.lang.Character":
        return CodecModel.boxed("CHAR");
      case "java.util.List", "java.util.Optional":
        CodecModel item = arguments.size() == 1 ? codecOf(arguments.get(0), visiting) : null;
        CodecModel.Kind kind =
            name.endsWith("List") ? CodecModel.Kind.LIST : CodecModel.Kind.OPTIONAL;
        return item == null ? null : CodecModel.container(kind, item);
      case "java.util.Map":
        if (arguments.size() != 2 || !arguments.get(0).toString().equals("java.lang.String")) {
          return null;
        }
        CodecModel value = codecOf(arguments.get(1), visiting);
        return value == null ? null : CodecModel.container(CodecModel.Kind.MAP, value);
      default:
        break;
    }
    if (element.getModifiers().contains(Modifier.PRIVATE)) {
      return null;
    }
    if (element.getKind() == ElementKind.ENUM) {
      return CodecModel.of(CodecModel.Kind.ENUM, ClassName.get(element));
    }
    if (element.getKind() == ElementKind.RECORD && element.getTypeParameters().isEmpty()) {
      return record(element, visiting);
    }
    return null;
  }

  private CodecModel record(TypeElement element, List<ClassName> visiting) {
    ClassName name = ClassName.get(element);
    CodecModel codec = CodecModel.of(CodecModel.Kind.RECORD, name);
    if (records.containsKey(name) || visiting.contains(name)) {
      return codec;
    }
    visiting.add(name);
    List<RecordModel.Component> components = new ArrayList<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      CodecModel componentCodec = codecOf(component.asType(), visiting);
      if (componentCodec == null) {
        visiting.remove(name);
        return null;
      }
      String componentName = component.getSimpleName().toString();
      components.add(
          new RecordModel.Component(
              componentName,
              FlagNames.toSnakeCase(componentName),
              TypeName.get(component.asType()),
              componentCodec));
    }
    visiting.remove(name);
    records.put(name, new RecordModel(name, components));
    return codec;
  }
}
