package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_DESCRIPTOR;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_SET_DEFINITION;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_TYPES;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_VALUES;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.flagstaff.processor.model.FlagModel;
import io.github.flagstaff.processor.model.FlagSetModel;
import io.github.flagstaff.processor.model.ValueType;
import io.github.flagstaff.syntax.ValueSyntax;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a flag set's two classes: {@code <Set>Table}, the descriptor table the runtime reads, and
 * {@code <Set>Values}, the typed view that implements the interface over parsed values.
 */
public final class FlagSetWriter {
  private static final TypeName ANY_DESCRIPTOR =
      ParameterizedTypeName.get(FLAG_DESCRIPTOR, WildcardTypeName.subtypeOf(Object.class));

  private final SourceFiles files;

  public FlagSetWriter(SourceFiles files) {
    this.files = files;
  }

  /** Writes both classes for {@code set}, declared by {@code origin}. */
  public void write(FlagSetModel set, Element origin) {
    files.write(set.type().packageName(), table(set), List.of(origin));
    files.write(set.type().packageName(), values(set), List.of(origin));
  }

  private static TypeSpec.Builder table(FlagSetModel set) {
    Set<String> taken =
        set.flags().stream().map(FlagModel::constantName).collect(Collectors.toSet());
    String nameField = free("NAME", taken);
    String flagsField = free("FLAGS", taken);
    TypeSpec.Builder table =
        TypeSpec.classBuilder(set.tableName())
            .addJavadoc(
                "The flags of {@link $T}, as the runtime parses and shows them.\n", set.type())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(FLAG_SET_DEFINITION, set.type()))
            .addField(
                FieldSpec.builder(
                        String.class, nameField, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The flag set's name.\n")
                    .initializer("$S", set.name())
                    .build());
    CodeBlock.Builder all = CodeBlock.builder();
    for (FlagModel flag : set.flags()) {
      table.addField(descriptor(flag, nameField));
      all.add(all.isEmpty() ? "$N" : ",$W$N", flag.constantName());
    }
    TypeName listOfDescriptors =
        ParameterizedTypeName.get(ClassName.get(List.class), ANY_DESCRIPTOR);
    table.addField(
        FieldSpec.builder(
                listOfDescriptors, flagsField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", List.class, all.build())
            .build());
    table.addMethod(
        override("type", ParameterizedTypeName.get(ClassName.get(Class.class), set.type()))
            .addStatement("return $T.class", set.type())
            .build());
    table.addMethod(
        override("name", ClassName.get(String.class)).addStatement("return $N", nameField).build());
    table.addMethod(
        override("flags", listOfDescriptors).addStatement("return $N", flagsField).build());
    table.addMethod(
        override("bind", set.type())
            .addParameter(FLAG_VALUES, "values")
            .addStatement("return new $T(values)", set.valuesName())
            .build());
    return table;
  }

  /** {@code wanted}, or with underscores appended until no flag constant has the name. */
  private static String free(String wanted, Set<String> taken) {
    String name = wanted;
    while (taken.contains(name)) {
      name += "_";
    }
    return name;
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  private static FieldSpec descriptor(FlagModel flag, String nameField) {
    CodeBlock.Builder init =
        CodeBlock.builder()
            .indent()
            .indent()
            .add("\n$T.builder($S, $L)\n", FLAG_DESCRIPTOR, flag.name(), typeExpression(flag))
            .indent()
            .indent()
            .add(".flagSet($N)\n", nameField)
            .add(".help($S)\n", flag.help());
    flag.defaultText().ifPresent(text -> init.add(".defaultText($S)\n", text));
    if (flag.required()) {
      init.add(".required()\n");
    }
    if (flag.secret()) {
      init.add(".secret()\n");
    }
    if (flag.mutable()) {
      init.add(".mutable()\n");
    }
    if (!flag.aliases().isEmpty()) {
      init.add(".aliases($L)\n", strings(flag.aliases()));
    }
    init.add(".usage($S)\n", UsageRenderer.render(flag)).add(".build()");
    for (int i = 0; i < 4; i++) {
      init.unindent();
    }
    TypeName type = ParameterizedTypeName.get(FLAG_DESCRIPTOR, flag.type().returnType().box());
    return FieldSpec.builder(
            type, flag.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("{@code --$L}: $L\n", flag.name(), flag.help().strip().replace("$", "$$"))
        .initializer(init.build())
        .build();
  }

  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder out = CodeBlock.builder();
    values.forEach(value -> out.add(out.isEmpty() ? "$S" : ",$W$S", value));
    return out.build();
  }

  private static CodeBlock typeExpression(FlagModel flag) {
    ValueType type = flag.type();
    CodeBlock element =
        switch (type.kind()) {
          case ENUM -> CodeBlock.of("$T.enumOf($T.values())", FLAG_TYPES, type.enumType());
          case STRING ->
              flag.choices().isEmpty()
                  ? CodeBlock.of("$T.STRING", FLAG_TYPES)
                  : CodeBlock.of("$T.oneOf($L)", FLAG_TYPES, strings(flag.choices()));
          default -> CodeBlock.of("$T.$L", FLAG_TYPES, type.kind().name());
        };
    if (flag.min().isPresent() || flag.max().isPresent()) {
      element =
          CodeBlock.of(
              "$T.bounded($L, $L, $L)",
              FLAG_TYPES,
              element,
              boundLiteral(type, flag.min()),
              boundLiteral(type, flag.max()));
    }
    return switch (type.shape()) {
      case SINGLE -> element;
      case OPTIONAL -> CodeBlock.of("$T.optional($L)", FLAG_TYPES, element);
      case LIST -> CodeBlock.of("$T.list($L)", FLAG_TYPES, element);
      case REPEATED -> CodeBlock.of("$T.repeated($L)", FLAG_TYPES, element);
    };
  }

  private static CodeBlock boundLiteral(ValueType type, Optional<String> bound) {
    if (bound.isEmpty()) {
      return CodeBlock.of("null");
    }
    String text = bound.get();
    return switch (type.kind()) {
      case INT -> CodeBlock.of("$L", ValueSyntax.parseInt(text));
      case LONG -> CodeBlock.of("$LL", ValueSyntax.parseLong(text));
      case DOUBLE -> CodeBlock.of("$L", ValueSyntax.parseDouble(text));
      case DURATION -> Literals.duration(ValueSyntax.parseDuration(text));
      default -> throw new IllegalArgumentException("no bounds for " + type.kind());
    };
  }

  private static TypeSpec.Builder values(FlagSetModel set) {
    TypeSpec.Builder values =
        TypeSpec.classBuilder(set.valuesName())
            .addJavadoc("{@link $T} over one parse's values.\n", set.type())
            .addModifiers(Modifier.FINAL)
            .addSuperinterface(set.type());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder().addParameter(FLAG_VALUES, "values");
    CodeBlock.Builder toString =
        CodeBlock.builder().add("return $S", set.type().simpleName() + "{");
    String separator = "";
    for (FlagModel flag : set.flags()) {
      TypeName type = flag.type().returnType();
      values.addField(type, flag.methodName(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement(
          "this.$N = values.value($T.$N)", flag.methodName(), set.tableName(), flag.constantName());
      values.addMethod(
          override(flag.methodName(), type).addStatement("return $N", flag.methodName()).build());
      if (flag.secret()) {
        toString.add("\n+ $S", separator + flag.name() + "=****");
      } else {
        toString.add("\n+ $S + $N", separator + flag.name() + "=", flag.methodName());
      }
      separator = ", ";
    }
    values.addMethod(constructor.build());
    values.addMethod(
        override("toString", ClassName.get(String.class))
            .addStatement("$L", toString.add("\n+ $S", "}").build())
            .build());
    return values;
  }
}
