package io.github.flagstaff.runtime.flags;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A flagfile checked without running the program: what a parse of {@code --flagfile=<file>} alone
 * would report, by the same code, with three differences that the build needs. Required flags are
 * not asked for (a flagfile is often one of several); {@code --fromenv} names are checked, but no
 * environment is read; and a file that sets a secret flag is a warning, as secrets belong in files
 * kept out of the source tree. The processor runs this on the flagfiles a project ships.
 *
 * @param problems what makes the file fail, each naming the file and line, worded and masked as at
 *     run time
 * @param warnings deprecated names used, and secret flags set
 */
public record FlagfileCheck(List<String> problems, List<String> warnings) {

  /** Copies the lists. */
  public FlagfileCheck {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /**
   * Checks {@code file} against {@code registry}'s flags; relative names, the file's own and those
   * it includes, are read from {@code baseDir} but written in messages as given.
   */
  public static FlagfileCheck of(FlagRegistry registry, Path baseDir, Path file) {
    ArgumentCollector collector =
        new ArgumentCollector(
            registry, ArgumentCollector.NO_ENVIRONMENT, new FlagfileReader(baseDir));
    collector.collectFlagfile(file);
    ValueResolver resolver =
        new ValueResolver(registry, collector.assignments(), collector.rejected());
    resolver.resolve(false);
    ProblemList problems = collector.problems();
    resolver.problems().forEach(problems::add);
    List<String> warnings = new ArrayList<>(collector.warnings());
    collector
        .secretFlagfiles()
        .forEach(
            (secretFile, flag) ->
                warnings.add(
                    secretFile
                        + " sets the secret flag --"
                        + flag
                        + "; keep secrets out of the source tree, in a flagfile given at run"
                        + " time"));
    return new FlagfileCheck(problems.toList(), warnings);
  }
}
