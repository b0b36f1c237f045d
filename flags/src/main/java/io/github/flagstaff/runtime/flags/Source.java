package io.github.flagstaff.runtime.flags;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a flag's value came from: its default, the command line, the environment, or a flagfile
 * line.
 */
public final class Source {

  /** The kinds of source. */
  public enum Kind {
    DEFAULT,
    COMMAND_LINE,
    ENVIRONMENT,
    FLAGFILE
  }

  /** The flag was not set. */
  public static final Source DEFAULT = new Source(Kind.DEFAULT, null, null, 0);

  /** The flag was set on the command line. */
  public static final Source COMMAND_LINE = new Source(Kind.COMMAND_LINE, null, null, 0);

  private final Kind kind;
  private final String variable;
  private final Path file;
  private final int line;

  private Source(Kind kind, String variable, Path file, int line) {
    this.kind = kind;
    this.variable = variable;
    this.file = file;
    this.line = line;
  }

  /**
   * Set from the environment variable {@code variable} by {@code --fromenv} or {@code
   * --tryfromenv}.
   */
  public static Source environment(String variable) {
    return new Source(Kind.ENVIRONMENT, Objects.requireNonNull(variable), null, 0);
  }

  /** Set on line {@code line} (1-based) of {@code file}. */
  public static Source flagfile(Path file, int line) {
    return new Source(Kind.FLAGFILE, null, Objects.requireNonNull(file), line);
  }

  /** The kind of source. */
  public Kind kind() {
    return kind;
  }

  /** The flagfile, for {@link Kind#FLAGFILE}; else null. */
  public Path file() {
    return file;
  }

  /** The 1-based line in {@link #file()}, for {@link Kind#FLAGFILE}; else 0. */
  public int line() {
    return line;
  }

  /** The environment variable, for {@link Kind#ENVIRONMENT}; else null. */
  public String variable() {
    return variable;
  }

  /** What an error message puts before itself: {@code "nova.conf:3: "}, or nothing for argv. */
  String prefix() {
    switch (kind) {
      case FLAGFILE:
        return file + ":" + line + ": ";
      case ENVIRONMENT:
        return variable + ": ";
      default:
        return "";
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Source
        && ((Source) o).kind == kind
        && Objects.equals(((Source) o).variable, variable)
        && Objects.equals(((Source) o).file, file)
        && ((Source) o).line == line;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, variable, file, line);
  }

  @Override
  public String toString() {
    switch (kind) {
      case DEFAULT:
        return "default";
      case COMMAND_LINE:
        return "command line";
      case ENVIRONMENT:
        return "environment " + variable;
      default:
        return file + ":" + line;
    }
  }
}
