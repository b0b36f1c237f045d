package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_DATA;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.flagstaff.processor.model.FlagModel;
import io.github.flagstaff.processor.model.FlagSetModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a flag set's one class, {@code <Set>Values}: the typed view over one parse's values (a
 * record of final fields when it can be one), holding the flags as compact data that the runtime
 * decodes when first needed.
 */
public final class FlagSetWriter {
  private static final TypeName OBJECTS = ArrayTypeName.of(Object.class);
  private static final TypeName ENUMS =
      ArrayTypeName.of(
          ParameterizedTypeName.get(
              ClassName.get(Enum.class), WildcardTypeName.subtypeOf(Object.class)));

  static final AnnotationSpec SUPPRESS_UNCHECKED =
      AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();

  private final SourceFiles files;

  public FlagSetWriter(SourceFiles files) {
    this.files = files;
  }

  /** Writes the view of {@code set}, declared by {@code origin}. */
  public void write(FlagSetModel set, Element origin) {
    ViewShape shape = ViewShape.of(set);
    TypeSpec.Builder view = shape.record() ? record(set, shape) : rowClass(set, shape);
    view.addJavadoc(
            "{@link $T} over one parse's values, and its flags as data for the runtime.\n",
            set.type())
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(set.type());
    for (int i = 0; i < shape.data().size(); i++) {
      FieldSpec.Builder field =
          FieldSpec.builder(
                  String.class,
                  shape.dataFields().get(i),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("$S", shape.data().get(i));
      if (i == 0) {
        field.addJavadoc(
            "The flags of {@link $T}, as {@link $T} reads them.\n", set.type(), FLAG_DATA);
      }
      view.addField(field.build());
    }
    if (shape.typeField() != null) {
      view.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(
                      ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)),
                  shape.typeField(),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("The flag set, for the module's index.\n")
              .initializer("$T.class", set.type())
              .build());
    }
    if (shape.enumConstants() != null) {
      view.addMethods(enumConstants(set, shape));
    }
    files.write(set.type().packageName(), view, List.of(origin));
  }

  private static TypeSpec.Builder record(FlagSetModel set, ViewShape shape) {
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    CodeBlock.Builder shown = CodeBlock.builder().add("$N", shape.dataFields().get(0));
    for (FlagModel flag : set.flags()) {
      components.addParameter(flag.type().returnType(), flag.methodName());
      shown.add(",$W$N", flag.methodName());
    }
    TypeSpec.Builder record =
        TypeSpec.recordBuilder(set.valuesName()).recordConstructor(components.build());
    if (shape.factory() != null) {
      MethodSpec.Builder factory =
          factory(set, shape)
              .addStatement("return new $T($L)", set.valuesName(), construction(set, "values"));
      if (unchecked(set)) {
        factory.addAnnotation(SUPPRESS_UNCHECKED);
      }
      record.addMethod(factory.build());
    }
    return record.addMethod(
        toStringMethod().addStatement("return $T.describe($L)", FLAG_DATA, shown.build()).build());
  }

  /** The arguments of a record view's constructor: each of {@code array}'s values, cast. */
  static CodeBlock construction(FlagSetModel set, String array) {
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < set.flags().size(); i++) {
      arguments.add(
          i == 0 ? "$L" : ",$W$L",
          CodeBlock.of("($T) $N[$L]", set.flags().get(i).type().returnType(), array, i));
    }
    return arguments.build();
  }

  /** Whether casting the flags' values to their types is unchecked (a generic type). */
  static boolean unchecked(FlagSetModel set) {
    return set.flags().stream()
        .anyMatch(flag -> flag.type().returnType() instanceof ParameterizedTypeName);
  }

  private static TypeSpec.Builder rowClass(FlagSetModel set, ViewShape shape) {
    String values = "values";
    TypeSpec.Builder view =
        TypeSpec.classBuilder(set.valuesName())
            .addModifiers(Modifier.FINAL)
            .addField(OBJECTS, values, Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(OBJECTS, values)
                    .addStatement("this.$N = $N", values, values)
                    .build())
            .addMethod(
                factory(set, shape)
                    .addStatement("return new $T($N.clone())", set.valuesName(), "values")
                    .build());
    boolean ownToString = false;
    for (int i = 0; i < set.flags().size(); i++) {
      FlagModel flag = set.flags().get(i);
      TypeName type = flag.type().returnType();
      view.addMethod(
          MethodSpec.methodBuilder(flag.methodName())
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(type)
              .addStatement("return ($T) this.$N[$L]", type, values, i)
              .build());
      ownToString |= flag.methodName().equals("toString");
    }
    if (unchecked(set)) {
      view.addAnnotation(SUPPRESS_UNCHECKED);
    }
    if (!ownToString) {
      CodeBlock pieces =
          SplitMethods.join(shape.dataFields().stream().map(f -> CodeBlock.of("$N", f)).toList());
      view.addMethod(
          toStringMethod()
              .addStatement("return $T.describe(this.$N,$W$L)", FLAG_DATA, values, pieces)
              .build());
    }
    return view;
  }

  private static MethodSpec.Builder factory(FlagSetModel set, ViewShape shape) {
    return MethodSpec.methodBuilder(shape.factory())
        .addJavadoc(
            "The view of the flags' values, in declaration order, as the parse checked them.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(set.valuesName())
        .addParameter(ParameterSpec.builder(OBJECTS, "values").build());
  }

  private static MethodSpec.Builder toStringMethod() {
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class);
  }

  private static List<MethodSpec> enumConstants(FlagSetModel set, ViewShape shape) {
    List<SplitMethods.Case> cases = new ArrayList<>();
    List<ClassName> enums = set.enums();
    for (int i = 0; i < enums.size(); i++) {
      cases.add(new SplitMethods.Case(i, CodeBlock.of("$T.values()", enums.get(i))));
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(shape.enumConstants())
            .addJavadoc("The constants of the enum number {@code type} in the flags' data.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ENUMS)
            .addParameter(int.class, "type");
    return SplitMethods.switchOver(
        method,
        cases,
        CodeBlock.of("throw new $T($S + type)", IllegalArgumentException.class, "no enum "));
  }
}
