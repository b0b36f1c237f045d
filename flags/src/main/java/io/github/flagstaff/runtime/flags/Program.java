package io.github.flagstaff.runtime.flags;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A command-line program's front door: Nova's {@code utils.default_flagfile(); FLAGS(sys.argv)} in
 * one line, with help, version, errors and exit codes handled.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   ParseResult parsed = Program.named("nova-manage").keyFlags(ManageFlags.class).parseOrExit(args);
 *   ManageFlags flags = parsed.values().get(ManageFlags.class);
 * }
 * }</pre>
 *
 * <p>Help, {@code --version} and {@code --only_check_args} print to stdout and exit 0; a flag error
 * prints every problem to stderr and exits 1.
 */
public final class Program {
  private final String name;
  private final String description;
  private final String version;
  private final List<Class<?>> keyFlags;
  private final List<Path> defaultFlagfiles;
  private final FlagParser parser;

  private Program(
      String name,
      String description,
      String version,
      List<Class<?>> keyFlags,
      List<Path> defaultFlagfiles,
      FlagParser parser) {
    this.name = name;
    this.description = description;
    this.version = version;
    this.keyFlags = List.copyOf(keyFlags);
    this.defaultFlagfiles = List.copyOf(defaultFlagfiles);
    this.parser = parser;
  }

  /**
   * A program called {@code name} that knows every flag set on the class path and reads {@code
   * ./nova.conf}, else {@code /etc/nova/nova.conf}, when no argument names a flagfile.
   */
  public static Program named(String name) {
    return named(name, FlagParser.of(FlagRegistry.load()));
  }

  /**
   * As {@link #named(String)}, for a program that knows the flag indexes of most of its flag sets
   * (a generated service main: its own module's and the runtime's). It parses with those while it
   * discovers the rest of the class path on a thread of its own, so that the start does not wait
   * for every jar to be opened; the result is the same (see {@link FlagParser#discovering}).
   */
  public static Program named(String name, List<? extends FlagIndex> known) {
    return named(name, FlagParser.discovering(known));
  }

  private static Program named(String name, FlagParser parser) {
    return new Program(
        name,
        "a Flagstaff program",
        "unknown",
        List.of(),
        defaultFlagfiles("nova.conf", Path.of("."), Path.of("/etc/nova")),
        parser);
  }

  /** {@code fileName} in each of {@code dirs}, in order. */
  public static List<Path> defaultFlagfiles(String fileName, Path... dirs) {
    List<Path> out = new ArrayList<>();
    for (Path dir : dirs) {
      out.add(dir.resolve(fileName));
    }
    return out;
  }

  /** The one-line description help starts with. */
  public Program description(String description) {
    return new Program(name, description, version, keyFlags, defaultFlagfiles, parser);
  }

  /** What {@code --version} prints. */
  public Program version(String version) {
    return new Program(name, description, version, keyFlags, defaultFlagfiles, parser);
  }

  /** The flag sets {@code --helpshort} shows. */
  public Program keyFlags(Class<?>... flagSets) {
    return keyFlags(Arrays.asList(flagSets));
  }

  /** The flag sets {@code --helpshort} shows. */
  public Program keyFlags(List<Class<?>> flagSets) {
    return new Program(name, description, version, flagSets, defaultFlagfiles, parser);
  }

  /** The flagfiles tried, in order, when no argument names a flagfile; none to turn this off. */
  public Program defaultFlagfiles(List<Path> candidates) {
    return new Program(name, description, version, keyFlags, candidates, parser);
  }

  /** Parses with {@code parser} (its flags and environment) instead of the class path's. */
  public Program parser(FlagParser parser) {
    return new Program(name, description, version, keyFlags, defaultFlagfiles, parser);
  }

  /** The program's name. */
  public String name() {
    return name;
  }

  /** Parses {@code args}; on help, version, a check or an error, prints and exits the JVM. */
  public ParseResult parseOrExit(String[] args) {
    Outcome outcome = run(args, System.out, System.err);
    if (outcome.result() == null) {
      System.out.flush();
      System.exit(outcome.exitCode());
    }
    return outcome.result();
  }

  /**
   * Parses {@code args} as {@link #run} does (default flagfile included) but prints nothing; a
   * service re-reads its flags on SIGHUP with this.
   */
  public ParseResult parse(String[] args) throws FlagException {
    return parser.withDefaultFlagfiles(defaultFlagfiles).parse(args);
  }

  /**
   * Parses {@code args}, printing help and errors to {@code out} and {@code err}.
   *
   * @return the parse, or the exit code the program should end with instead
   */
  public Outcome run(String[] args, PrintStream out, PrintStream err) {
    ParseResult result;
    try {
      result = parse(args);
    } catch (FlagException e) {
      for (String problem : e.problems()) {
        err.println(name + ": " + problem);
      }
      err.println("Try '" + name + " --help' for the list of flags.");
      return new Outcome(null, 1);
    }
    for (String warning : result.warnings()) {
      err.println(name + ": warning: " + warning);
    }
    if (result.request().isEmpty()) {
      return new Outcome(result, 0);
    }
    HelpRequest request = result.request().get();
    switch (request.kind()) {
      case VERSION:
        out.println(name + " version " + version);
        break;
      case ONLY_CHECK_ARGS:
        break;
      case COMPLETION_SCRIPT:
        String shell = request.argument();
        if (!shell.equals("bash") && !shell.equals("zsh")) {
          err.println(
              name + ": no completion script for shell '" + shell + "': expected bash or zsh");
          return new Outcome(null, 1);
        }
        out.print(CompletionScript.render(name, result.values().registry()));
        break;
      default:
        out.print(HelpPrinter.render(request, name, description, result.values(), keySets(result)));
    }
    return new Outcome(null, 0);
  }

  private Set<String> keySets(ParseResult result) {
    Set<String> names = new LinkedHashSet<>();
    for (FlagSetDefinition<?> set : result.values().registry().flagSets()) {
      if (keyFlags.contains(set.type())) {
        names.add(set.name());
      }
    }
    return names;
  }

  /**
   * The outcome of {@link #run}.
   *
   * @param result the parse, when the program should go on; else null
   * @param exitCode the status to exit with when {@code result} is null
   */
  public record Outcome(ParseResult result, int exitCode) {}
}
