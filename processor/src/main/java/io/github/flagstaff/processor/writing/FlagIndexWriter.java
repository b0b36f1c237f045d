package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_INDEX;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_INDEX_ENTRIES;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_SET_DEFINITION;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.flagstaff.processor.model.FlagIndexModel;
import io.github.flagstaff.processor.model.FlagSetModel;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a module's flag index and its {@code META-INF/services} entry, through which the runtime's
 * {@code ServiceLoader} finds the module's flag sets.
 */
public final class FlagIndexWriter {
  private static final String SERVICES = "META-INF/services/" + FLAG_INDEX.canonicalName();

  private final SourceFiles files;

  public FlagIndexWriter(SourceFiles files) {
    this.files = files;
  }

  /** Writes {@code index}, whose flag sets {@code origins} declare. */
  public void write(FlagIndexModel index, List<? extends Element> origins) {
    AnnotationSpec.Builder entries = AnnotationSpec.builder(FLAG_INDEX_ENTRIES);
    CodeBlock.Builder tables = CodeBlock.builder();
    for (FlagSetModel set : index.flagSets()) {
      entries.addMember("value", "$S", set.name());
      tables.add(tables.isEmpty() ? "new $T()" : ",$Wnew $T()", set.tableName());
    }
    ClassName name = index.name();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc("The flag sets of one module, found by {@link java.util.ServiceLoader}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(entries.build())
            .addSuperinterface(FLAG_INDEX)
            .addMethod(
                MethodSpec.methodBuilder("flagSets")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(
                        ParameterizedTypeName.get(
                            ClassName.get(List.class),
                            ParameterizedTypeName.get(
                                FLAG_SET_DEFINITION, WildcardTypeName.subtypeOf(Object.class))))
                    .addStatement("return $T.of($L)", List.class, tables.build())
                    .build());
    files.write(name.packageName(), type, origins);
    files.writeResource(SERVICES, name.canonicalName() + "\n", origins);
  }
}
