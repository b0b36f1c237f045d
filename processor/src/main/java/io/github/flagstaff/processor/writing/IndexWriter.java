package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_DATA;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_INDEX;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_SET_DEFINITION;
import static io.github.flagstaff.processor.writing.RuntimeNames.GENERATED_INDEX;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_DEFINITION;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_INDEX;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.flagstaff.processor.model.FlagIndexModel;
import io.github.flagstaff.processor.model.FlagSetModel;
import io.github.flagstaff.processor.model.ServiceIndexModel;
import io.github.flagstaff.processor.model.ServiceModel;
import io.github.flagstaff.processor.model.WebBinaryModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a module's indexes and, once all are written, their {@code META-INF/services} entries,
 * through which the runtime's {@code ServiceLoader} finds the module's flag sets and services. The
 * flag index lists each flag set with its data and binds typed views with a {@code switch},
 * constructing record views from the parse's values itself.
 */
public final class IndexWriter {
  private static final TypeName ANY = WildcardTypeName.subtypeOf(Object.class);
  private static final TypeName ENUMS =
      ArrayTypeName.of(ParameterizedTypeName.get(ClassName.get(Enum.class), ANY));

  private final SourceFiles files;

  public IndexWriter(SourceFiles files) {
    this.files = files;
  }

  /** Writes the flag index {@code index}, whose flag sets and services {@code origins} declare. */
  public void write(FlagIndexModel index, List<? extends Element> origins) {
    List<CodeBlock> sets = new ArrayList<>();
    List<SplitMethods.Case> views = new ArrayList<>();
    List<SplitMethods.Case> enums = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    boolean unchecked = false;
    for (FlagSetModel set : index.flagSets()) {
      ViewShape shape = ViewShape.of(set);
      int position = views.size();
      CodeBlock type =
          shape.typeField() == null
              ? CodeBlock.of("$T.class", set.type())
              : CodeBlock.of("$T.$N", set.valuesName(), shape.typeField());
      CodeBlock.Builder data = CodeBlock.builder();
      for (String field : shape.dataFields()) {
        data.add(", $T.$N", set.valuesName(), field);
      }
      sets.add(CodeBlock.of("$T.flagSet(this, $L, $L$L)", FLAG_DATA, position, type, data.build()));
      if (shape.factory() != null) {
        views.add(
            new SplitMethods.Case(
                position, CodeBlock.of("$T.$N(values)", set.valuesName(), shape.factory())));
      } else {
        CodeBlock construction = FlagSetWriter.construction(set, "values");
        views.add(
            new SplitMethods.Case(
                position,
                CodeBlock.of("new $T($L)", set.valuesName(), construction),
                set.flags().size()));
        unchecked |= FlagSetWriter.unchecked(set);
      }
      if (shape.enumConstants() != null) {
        enums.add(
            new SplitMethods.Case(
                position,
                CodeBlock.of("$T.$N(enumType)", set.valuesName(), shape.enumConstants())));
      }
      entries.add(set.name());
    }
    for (ServiceModel service : index.services()) {
      sets.add(
          CodeBlock.of(
              "$T.serviceFlags($T.class, $T.$N)",
              FLAG_DATA,
              service.mainName(),
              service.mainName(),
              ServiceWriter.MANAGER_FLAG));
      entries.add(service.mainName().canonicalName());
      if (!service.rpcMethods().isEmpty()) {
        sets.add(
            CodeBlock.of(
                "$T.serviceFlags($T.class, $T.$N)",
                FLAG_DATA,
                service.clientName(),
                service.clientName(),
                RpcWriter.UPGRADE_LEVELS_FLAG));
        entries.add(service.clientName().canonicalName());
      }
    }
    for (WebBinaryModel binary : index.webBinaries()) {
      sets.add(
          CodeBlock.of(
              "$T.serviceFlags($T.class, $T.$N)",
              FLAG_DATA,
              binary.mainName(),
              binary.mainName(),
              WebWriter.FLAGS));
      entries.add(binary.mainName().canonicalName());
    }
    ParameterizedTypeName definitions =
        ParameterizedTypeName.get(
            ClassName.get(List.class), ParameterizedTypeName.get(FLAG_SET_DEFINITION, ANY));
    List<MethodSpec> methods = new ArrayList<>();
    List<MethodSpec> helpers = new ArrayList<>();
    methods.add(
        override("flagSets", definitions)
            .addCode(SplitMethods.returnListOf("flagSets", definitions, sets, helpers))
            .build());
    methods.addAll(helpers);
    MethodSpec.Builder bind =
        override("bind", ClassName.get(Object.class))
            .addParameter(int.class, "flagSet")
            .addParameter(ArrayTypeName.of(Object.class), "values");
    if (unchecked) {
      bind.addAnnotation(FlagSetWriter.SUPPRESS_UNCHECKED);
    }
    methods.addAll(SplitMethods.switchOver(bind, views, noSuch("no flag set ", "flagSet")));
    methods.addAll(
        SplitMethods.switchOver(
            override("enumConstants", ENUMS)
                .addParameter(int.class, "flagSet")
                .addParameter(int.class, "enumType"),
            enums,
            noSuch("no enums in flag set ", "flagSet")));
    write(
        index.name(),
        entries,
        FLAG_INDEX,
        methods,
        "The flag sets of one module, found by {@link java.util.ServiceLoader}.\n",
        origins);
  }

  /** Writes the service index {@code index}, whose managers {@code origins} declare. */
  public void write(ServiceIndexModel index, List<? extends Element> origins) {
    List<CodeBlock> services = new ArrayList<>();
    for (ServiceModel service : index.services()) {
      services.add(CodeBlock.of("$T.SERVICE", service.mainName()));
    }
    List<String> entries =
        new ArrayList<>(index.services().stream().map(s -> s.mainName().canonicalName()).toList());
    for (WebBinaryModel binary : index.webBinaries()) {
      services.add(CodeBlock.of("$T.SERVICE", binary.mainName()));
      entries.add(binary.mainName().canonicalName());
    }
    ParameterizedTypeName list =
        ParameterizedTypeName.get(ClassName.get(List.class), SERVICE_DEFINITION);
    List<MethodSpec> methods = new ArrayList<>();
    List<MethodSpec> helpers = new ArrayList<>();
    methods.add(
        override("services", list)
            .addCode(SplitMethods.returnListOf("services", list, services, helpers))
            .build());
    methods.addAll(helpers);
    write(
        index.name(),
        entries,
        SERVICE_INDEX,
        methods,
        "The services of one module, found by {@link java.util.ServiceLoader}.\n",
        origins);
  }

  private static CodeBlock noSuch(String message, String parameter) {
    return CodeBlock.of(
        "throw new $T($S + $N)", IllegalArgumentException.class, message, parameter);
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  private void write(
      ClassName name,
      List<String> entries,
      ClassName spi,
      List<MethodSpec> methods,
      String javadoc,
      List<? extends Element> origins) {
    AnnotationSpec.Builder generatedIndex = AnnotationSpec.builder(GENERATED_INDEX);
    entries.forEach(entry -> generatedIndex.addMember("value", "$S", entry));
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc(javadoc)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(generatedIndex.build())
            .addSuperinterface(spi)
            .addMethods(methods);
    files.write(name.packageName(), type, origins);
  }

  /**
   * The flag indexes this module's previous compile registered in its class output: stale copies of
   * its own output, which the class path may still show; read before anything is written.
   */
  public Set<String> previousFlagIndexes() {
    return Set.copyOf(files.readPrevious("META-INF/services/" + FLAG_INDEX.canonicalName()));
  }

  /**
   * Writes the {@code META-INF/services} entries of the flag indexes {@code flagIndexes} and the
   * service indexes {@code serviceIndexes}, each file only when it lists any.
   */
  public void register(
      List<ClassName> flagIndexes,
      List<ClassName> serviceIndexes,
      List<? extends Element> origins) {
    register(FLAG_INDEX, flagIndexes, origins);
    register(SERVICE_INDEX, serviceIndexes, origins);
  }

  private void register(ClassName spi, List<ClassName> indexes, List<? extends Element> origins) {
    if (indexes.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    indexes.forEach(index -> lines.append(index.canonicalName()).append('\n'));
    files.writeResource("META-INF/services/" + spi.canonicalName(), lines.toString(), origins);
  }
}
