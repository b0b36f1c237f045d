package io.github.flagstaff.processor.flagfiles;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The flagfiles a project names with {@code -Aflagstaff.flagfiles}: a comma-separated list of paths
 * relative to {@code -Aflagstaff.basedir}, each a file or a glob such as {@code etc/prod/*.conf} or
 * {@code etc/**.conf}.
 */
final class FlagfileNames {
  /** The option that names the flagfiles. */
  static final String FLAGFILES = "flagstaff.flagfiles";

  /** The option that names the directory the flagfiles are relative to: the project's. */
  static final String BASEDIR = "flagstaff.basedir";

  /** A name that is a glob: it has one of these characters. */
  private static final String GLOB = "*?[{";

  /** The files named, or the problems with the options; exactly one of the two is non-empty. */
  record Resolved(Path baseDir, List<Path> files, List<String> problems) {}

  private FlagfileNames() {}

  /** Resolves {@code flagfiles} (the option's value) against {@code baseDir} (null if unset). */
  static Resolved resolve(String flagfiles, String baseDir) {
    List<String> problems = new ArrayList<>();
    if (baseDir == null || baseDir.isBlank()) {
      problems.add(
          "-A"
              + FLAGFILES
              + " names files relative to the project directory, so -A"
              + BASEDIR
              + " must name it (in Maven: -A"
              + BASEDIR
              + "=${project.basedir})");
      return new Resolved(null, List.of(), problems);
    }
    Path base;
    try {
      base = Path.of(baseDir).toAbsolutePath();
    } catch (InvalidPathException e) {
      problems.add("-A" + BASEDIR + "=" + baseDir + " is not a path: " + e.getReason());
      return new Resolved(null, List.of(), problems);
    }
    if (!Files.isDirectory(base)) {
      problems.add("-A" + BASEDIR + "=" + baseDir + " is not a directory");
      return new Resolved(base, List.of(), problems);
    }
    List<Path> files = new ArrayList<>();
    for (String name : flagfiles.split(",")) {
      String trimmed = name.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      try {
        if (isGlob(trimmed)) {
          List<Path> matches = matches(base, trimmed);
          if (matches.isEmpty()) {
            problems.add("-A" + FLAGFILES + ": " + trimmed + " matches no file in " + base);
          }
          files.addAll(matches);
        } else {
          files.add(Path.of(trimmed));
        }
      } catch (IllegalArgumentException e) {
        problems.add(
            "-A" + FLAGFILES + ": " + trimmed + " is not a path or glob: " + e.getMessage());
      } catch (IOException e) {
        problems.add("-A" + FLAGFILES + ": cannot list the files " + trimmed + " matches: " + e);
      }
    }
    return new Resolved(base, problems.isEmpty() ? files : List.of(), problems);
  }

  private static boolean isGlob(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (GLOB.indexOf(name.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The regular files under {@code base} whose paths relative to it match {@code glob}, sorted;
   * only the directory before the first glob character is walked.
   */
  private static List<Path> matches(Path base, String glob) throws IOException {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    int firstGlob = 0;
    while (GLOB.indexOf(glob.charAt(firstGlob)) < 0) {
      firstGlob++;
    }
    int slash = glob.lastIndexOf('/', firstGlob);
    Path root = slash < 0 ? base : base.resolve(glob.substring(0, slash));
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(base::relativize)
          .filter(matcher::matches)
          .sorted()
          .toList();
    }
  }
}
