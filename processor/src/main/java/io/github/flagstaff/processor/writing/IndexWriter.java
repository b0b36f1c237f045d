package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_INDEX;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_SET_DEFINITION;
import static io.github.flagstaff.processor.writing.RuntimeNames.GENERATED_INDEX;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_DEFINITION;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_INDEX;

import com.palantir.javapoet.AnnotationSpec;
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
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a module's indexes and their {@code META-INF/services} entries, through which the
 * runtime's {@code ServiceLoader} finds the module's flag sets and services.
 */
public final class IndexWriter {
  private final SourceFiles files;

  public IndexWriter(SourceFiles files) {
    this.files = files;
  }

  /** Writes the flag index {@code index}, whose flag sets {@code origins} declare. */
  public void write(FlagIndexModel index, List<? extends Element> origins) {
    CodeBlock.Builder tables = CodeBlock.builder();
    for (FlagSetModel set : index.flagSets()) {
      tables.add(tables.isEmpty() ? "new $T()" : ",$Wnew $T()", set.tableName());
    }
    write(
        index.name(),
        index.flagSets().stream().map(FlagSetModel::name).toList(),
        FLAG_INDEX,
        "flagSets",
        ParameterizedTypeName.get(FLAG_SET_DEFINITION, WildcardTypeName.subtypeOf(Object.class)),
        tables.build(),
        "The flag sets of one module, found by {@link java.util.ServiceLoader}.\n",
        origins);
  }

  /** Writes the service index {@code index}, whose managers {@code origins} declare. */
  public void write(ServiceIndexModel index, List<? extends Element> origins) {
    CodeBlock.Builder services = CodeBlock.builder();
    for (ServiceModel service : index.services()) {
      services.add(services.isEmpty() ? "$T.SERVICE" : ",$W$T.SERVICE", service.mainName());
    }
    write(
        index.name(),
        index.services().stream().map(s -> s.mainName().canonicalName()).toList(),
        SERVICE_INDEX,
        "services",
        SERVICE_DEFINITION,
        services.build(),
        "The services of one module, found by {@link java.util.ServiceLoader}.\n",
        origins);
  }

  private void write(
      ClassName name,
      List<String> entries,
      ClassName spi,
      String method,
      TypeName element,
      CodeBlock elements,
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
            .addMethod(
                MethodSpec.methodBuilder(method)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(ClassName.get(List.class), element))
                    .addStatement("return $T.of($L)", List.class, elements)
                    .build());
    files.write(name.packageName(), type, origins);
    files.writeResource(
        "META-INF/services/" + spi.canonicalName(), name.canonicalName() + "\n", origins);
  }
}
