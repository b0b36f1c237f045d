package io.github.flagstaff.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * Writes generated files: each Java type gets {@code @Generated} and its originating elements, so
 * incremental builds know what to regenerate.
 */
public final class SourceFiles {
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final String PROCESSOR = "io.github.flagstaff.processor.FlagstaffProcessor";

  private static final Pattern TRAILING_SPACES = Pattern.compile("[ \t]+$", Pattern.MULTILINE);

  private final Filer filer;

  public SourceFiles(Filer filer) {
    this.filer = filer;
  }

  /** Writes {@code type} into {@code packageName}, without trailing spaces. */
  void write(String packageName, TypeSpec.Builder type, List<? extends Element> originating) {
    type.addAnnotation(
        AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
    originating.forEach(type::addOriginatingElement);
    TypeSpec spec = type.build();
    JavaFile file =
        JavaFile.builder(packageName, spec).skipJavaLangImports(true).indent("  ").build();
    String name = packageName.isEmpty() ? spec.name() : packageName + "." + spec.name();
    try (Writer writer =
        filer.createSourceFile(name, originating.toArray(new Element[0])).openWriter()) {
      writer.write(TRAILING_SPACES.matcher(file.toString()).replaceAll(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The lines of the text resource {@code path} in the class output as the previous compile left
   * it; empty when there is none (a clean build).
   */
  List<String> readPrevious(String path) {
    try {
      return filer
          .getResource(StandardLocation.CLASS_OUTPUT, "", path)
          .getCharContent(true)
          .toString()
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    }
  }

  /** Writes a text resource to the class output, such as a {@code META-INF/services} file. */
  void writeResource(String path, String content, List<? extends Element> originating) {
    try (Writer writer =
        filer
            .createResource(
                StandardLocation.CLASS_OUTPUT, "", path, originating.toArray(new Element[0]))
            .openWriter()) {
      writer.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
