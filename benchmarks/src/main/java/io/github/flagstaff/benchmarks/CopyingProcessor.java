package io.github.flagstaff.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that does no work of its own: in its first round it writes, through the {@code
 * Filer}, the Java sources under the directory its option {@code copy.from} names (code the
 * Flagstaff processor generated for the same module, or part of it). A compile with it costs what
 * javac's annotation processing and that code cost, and nothing of a processor's own work: the
 * least any processor that generates that code can cost. {@link ProcessorCostHarness} names it with
 * {@code -processor}; it is registered nowhere.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions(CopyingProcessor.FROM)
public final class CopyingProcessor extends AbstractProcessor {
  static final String FROM = "copy.from";

  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written) {
      return false;
    }
    written = true;
    Path from = Path.of(processingEnv.getOptions().get(FROM));
    try (Stream<Path> walk = Files.walk(from)) {
      List<Path> sources = walk.filter(f -> f.toString().endsWith(".java")).toList();
      for (Path source : sources) {
        String file = from.relativize(source).toString();
        String type = file.substring(0, file.length() - ".java".length()).replace('/', '.');
        try (Writer out = processingEnv.getFiler().createSourceFile(type).openWriter()) {
          out.write(Files.readString(source));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
