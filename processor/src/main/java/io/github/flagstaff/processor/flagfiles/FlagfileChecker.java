package io.github.flagstaff.processor.flagfiles;

import io.github.flagstaff.processor.model.FlagSetModel;
import io.github.flagstaff.processor.model.ServiceModel;
import io.github.flagstaff.processor.model.WebBinaryModel;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.flags.FlagfileCheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Checks the flagfiles {@code -Aflagstaff.flagfiles} names, at the end of the compilation, with the
 * runtime's parser ({@link FlagfileCheck}) against every flag the program can see ({@link
 * VisibleFlags}). Each problem is a compile error worded as the runtime words it, naming the file
 * and line; deprecated names and secret flags set are warnings.
 */
public final class FlagfileChecker {
  /** The processor options this reads. */
  public static final Set<String> OPTIONS = Set.of(FlagfileNames.FLAGFILES, FlagfileNames.BASEDIR);

  private final Map<String, String> options;
  private final Elements elements;
  private final Messager messager;

  public FlagfileChecker(Map<String, String> options, Elements elements, Messager messager) {
    this.options = options;
    this.elements = elements;
    this.messager = messager;
  }

  /** Whether the options name flagfiles to check. */
  public boolean enabled() {
    return options.containsKey(FlagfileNames.FLAGFILES);
  }

  /**
   * Checks the named flagfiles, if any, against {@code sets}, {@code services}' manager and version
   * cap flags and {@code webBinaries}' flags (this compilation's) and the flags on the class path,
   * but for the indexes in {@code ownIndexes}, this module's previous output.
   */
  public void check(
      List<FlagSetModel> sets,
      List<ServiceModel> services,
      List<WebBinaryModel> webBinaries,
      Set<String> ownIndexes) {
    String names = options.get(FlagfileNames.FLAGFILES);
    if (names == null) {
      return;
    }
    try {
      check(names, sets, services, webBinaries, ownIndexes);
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      print(
          Diagnostic.Kind.ERROR,
          "[flagstaff] internal error while checking flagfiles, please report it with this trace: "
              + trace);
    }
  }

  private void check(
      String names,
      List<FlagSetModel> sets,
      List<ServiceModel> services,
      List<WebBinaryModel> webBinaries,
      Set<String> ownIndexes) {
    FlagfileNames.Resolved resolved =
        FlagfileNames.resolve(names, options.get(FlagfileNames.BASEDIR));
    resolved.problems().forEach(problem -> print(Diagnostic.Kind.ERROR, problem));
    if (resolved.files().isEmpty()) {
      return;
    }
    FlagRegistry registry;
    try {
      registry = VisibleFlags.of(elements, sets, services, webBinaries, ownIndexes);
    } catch (IllegalStateException nameDeclaredTwice) {
      // Validation reported the flag declared twice; checking against either would mislead.
      return;
    }
    Set<String> problems = new LinkedHashSet<>();
    Set<String> warnings = new LinkedHashSet<>();
    for (Path file : resolved.files()) {
      FlagfileCheck check = FlagfileCheck.of(registry, resolved.baseDir(), file);
      problems.addAll(check.problems());
      warnings.addAll(check.warnings());
    }
    problems.forEach(problem -> print(Diagnostic.Kind.ERROR, problem));
    warnings.forEach(warning -> print(Diagnostic.Kind.WARNING, warning));
  }

  private void print(Diagnostic.Kind kind, String message) {
    messager.printMessage(kind, message);
  }
}
