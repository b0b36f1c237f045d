package io.github.flagstaff.runtime.flags;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Parses argv gflags-style into {@link FlagValues}. A parser is immutable and can be used from many
 * threads; each {@link #parse} is independent and either returns every value or applies nothing.
 *
 * <p>The rules: {@code --name=value}, {@code --name value}, one dash or two; {@code --b}, {@code
 * --nob} and {@code --b=<bool>} for booleans ({@code --b false} leaves {@code false} as a
 * positional); {@code --} ends the flags; positionals are returned in order; {@code --flagfile=F}
 * (repeatable, or a comma list) is read in place, so later values win; {@code --undefok}, {@code
 * --fromenv} and {@code --tryfromenv} as in gflags; string values may refer to other flags as
 * {@code $name}.
 */
public final class FlagParser {
  private final FlagRegistry registry;

  /** Finds what {@link #registry} lacks; null when it is complete. */
  private final FlagDiscovery discovery;

  /** The variables {@code --fromenv} reads; null for the process environment. */
  private final Map<String, String> environment;

  private final List<Path> defaultFlagfiles;

  private FlagParser(
      FlagRegistry registry,
      FlagDiscovery discovery,
      Map<String, String> environment,
      List<Path> defaults) {
    this.registry = registry;
    this.discovery = discovery;
    this.environment = environment;
    this.defaultFlagfiles = defaults;
  }

  /**
   * A parser for {@code registry}'s flags that reads the process environment for {@code --fromenv},
   * and only then.
   */
  public static FlagParser of(FlagRegistry registry) {
    return new FlagParser(registry, null, null, List.of());
  }

  /**
   * A parser for the flags of {@code known} and of every other module on the class path, which it
   * discovers on a thread of its own, started first, while it reads {@code known}'s flags and
   * parses with them. A parse gives the same result as one with every flag set discovered first; it
   * parses again, once discovery is done, only when discovery found a flag set {@code known} lacks.
   */
  public static FlagParser discovering(List<? extends FlagIndex> known) {
    FlagDiscovery discovery = FlagDiscovery.start(FlagParser.class.getClassLoader());
    return new FlagParser(FlagRegistry.ofIndexes(known), discovery, null, List.of());
  }

  /** This parser, reading {@code --fromenv} variables from {@code environment} instead. */
  public FlagParser withEnvironment(Map<String, String> environment) {
    return new FlagParser(registry, discovery, Map.copyOf(environment), defaultFlagfiles);
  }

  /**
   * This parser, reading the first of {@code candidates} that exists as a flagfile before the
   * arguments whenever no argument names a flagfile (Nova's {@code utils.default_flagfile}).
   */
  public FlagParser withDefaultFlagfiles(List<Path> candidates) {
    return new FlagParser(registry, discovery, environment, List.copyOf(candidates));
  }

  /** The flags this parser knows. */
  public FlagRegistry registry() {
    return discovery == null ? registry : discovery.complete(registry);
  }

  /** Parses {@code args} (without the program name). */
  public ParseResult parse(String... args) throws FlagException {
    return parse(Arrays.asList(args));
  }

  /** Parses {@code args} (without the program name). */
  public ParseResult parse(List<String> args) throws FlagException {
    return parse(args, new FlagfileReader());
  }

  /** Parses {@code args}, reading flagfiles through {@code flagfiles}. */
  ParseResult parse(List<String> args, FlagfileReader flagfiles) throws FlagException {
    FlagRegistry completed = discovery == null ? registry : discovery.completed();
    if (completed != null) {
      return parse(completed, args, flagfiles);
    }
    ParseResult result = null;
    FlagException failure = null;
    try {
      result = parse(registry, args, flagfiles);
    } catch (FlagException e) {
      failure = e;
    }
    FlagRegistry complete = discovery.complete(registry);
    if (complete != registry) {
      return parse(complete, args, flagfiles);
    }
    if (failure != null) {
      throw failure;
    }
    return result;
  }

  private ParseResult parse(FlagRegistry flags, List<String> args, FlagfileReader flagfiles)
      throws FlagException {
    ArgumentCollector collector = new ArgumentCollector(flags, environment, flagfiles);
    collector.collect(withDefaultFlagfile(args));
    ValueResolver resolver =
        new ValueResolver(flags, collector.assignments(), collector.rejected());
    boolean checkRequired =
        collector.request().isEmpty()
            || collector.request().get().kind() == HelpRequest.Kind.ONLY_CHECK_ARGS;
    List<FlagValue<?>> values = resolver.resolve(checkRequired);
    ProblemList problems = collector.problems();
    for (String problem : resolver.problems()) {
      problems.add(problem);
    }
    if (!problems.isEmpty()) {
      throw new FlagException(problems.toList());
    }
    return new ParseResult(
        new FlagValues(flags, values, resolver.deferred()),
        collector.positionals(),
        collector.warnings(),
        collector.request());
  }

  private List<String> withDefaultFlagfile(List<String> args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      if (arg.startsWith("--flagfile") || arg.startsWith("-flagfile")) {
        return args;
      }
    }
    for (Path candidate : defaultFlagfiles) {
      if (Files.isRegularFile(candidate)) {
        List<String> out = new ArrayList<>(args.size() + 1);
        out.add("--flagfile=" + candidate);
        out.addAll(args);
        return out;
      }
    }
    return args;
  }
}
