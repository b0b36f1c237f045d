package io.github.flagstaff.processor;

import com.google.auto.service.AutoService;
import io.github.flagstaff.Flag;
import io.github.flagstaff.processor.model.FlagIndexModel;
import io.github.flagstaff.processor.model.FlagSetModel;
import io.github.flagstaff.processor.validation.ErrorReporter;
import io.github.flagstaff.processor.validation.FlagSetValidator;
import io.github.flagstaff.processor.validation.IndexNamer;
import io.github.flagstaff.processor.writing.FlagIndexWriter;
import io.github.flagstaff.processor.writing.FlagSetWriter;
import io.github.flagstaff.processor.writing.SourceFiles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Validates {@code @Flag} declarations and generates, for each flag set, its descriptor table and
 * typed view, and for the module, one flag index registered for {@link java.util.ServiceLoader}.
 *
 * <p>Flag sets are written in the round that finds them; the index is written in the next round,
 * once every flag set of the module is known.
 */
@AutoService(Processor.class)
public final class FlagstaffProcessor extends AbstractProcessor {
  private ErrorReporter errors;
  private FlagSetValidator validator;
  private FlagSetWriter flagSetWriter;
  private FlagIndexWriter indexWriter;
  private final List<FlagSetModel> indexed = new ArrayList<>();
  private final List<TypeElement> indexedOrigins = new ArrayList<>();
  private boolean indexPending;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    errors = new ErrorReporter(env.getMessager());
    validator = new FlagSetValidator(env.getElementUtils(), errors);
    SourceFiles files = new SourceFiles(env.getFiler());
    flagSetWriter = new FlagSetWriter(files);
    indexWriter = new FlagIndexWriter(files);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Flag.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      return false;
    }
    Set<TypeElement> flagSets = new LinkedHashSet<>();
    for (Element method : round.getElementsAnnotatedWith(Flag.class)) {
      try {
        if (validator.checkEnclosedByInterface(method)) {
          flagSets.add((TypeElement) method.getEnclosingElement());
        }
      } catch (RuntimeException e) {
        errors.internalError(method, e);
      }
    }
    Set<String> names =
        flagSets.stream().map(t -> t.getQualifiedName().toString()).collect(Collectors.toSet());
    for (TypeElement type : flagSets) {
      try {
        validator.validate(type, names).ifPresent(set -> generate(set, type));
      } catch (RuntimeException e) {
        errors.internalError(type, e);
      }
    }
    if (flagSets.isEmpty() && indexPending) {
      indexPending = false;
      try {
        indexWriter.write(
            new FlagIndexModel(IndexNamer.name(processingEnv.getElementUtils(), indexed), indexed),
            indexedOrigins);
      } catch (RuntimeException e) {
        errors.internalError(indexedOrigins.get(0), e);
      }
    }
    return false;
  }

  private void generate(FlagSetModel set, TypeElement type) {
    flagSetWriter.write(set, type);
    indexed.add(set);
    indexedOrigins.add(type);
    indexPending = true;
  }
}
