package io.github.flagstaff.runtime.flags;

import io.github.flagstaff.runtime.UntrustedText;
import io.github.flagstaff.syntax.FlagNames;
import io.github.flagstaff.syntax.ValueSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first half of a parse: walks argv, splicing flagfiles and environment values in place, and
 * records each flag occurrence as text with its source. Nothing is parsed as a value here.
 */
final class ArgumentCollector {
  private static final int MAX_INCLUDE_DEPTH = 64;
  private static final int MAX_FLAGFILES = 10_000;
  private static final int MAX_UNKNOWNS = 10_000;
  private static final Path WORKING_DIR = Path.of("");

  private record Unknown(String name, Source source) {}

  private final FlagRegistry registry;
  private final Map<String, String> environment;
  private final Map<String, List<Assignment>> assignments = new LinkedHashMap<>();
  private final List<Unknown> unknowns = new ArrayList<>();
  private final Set<String> undefok = new HashSet<>();
  private final List<String> positionals = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final ProblemList problems = new ProblemList();
  private final Set<String> rejected = new HashSet<>();
  private final List<Path> includeChain = new ArrayList<>();
  private final Map<Path, String> secretFlagfiles = new LinkedHashMap<>();
  private final FlagfileReader flagfiles;
  private int flagfilesRead;
  private long unknownsNotKept;
  private HelpRequest request;

  /**
   * The environment of a flagfile checked at build time: {@code --fromenv} names are checked, no
   * variable is read.
   */
  static final Map<String, String> NO_ENVIRONMENT = new HashMap<>();

  /**
   * A collector of {@code registry}'s flags; {@code environment} holds the variables {@code
   * --fromenv} reads, null for the process's (each read when asked for), or {@link
   * #NO_ENVIRONMENT}.
   */
  ArgumentCollector(
      FlagRegistry registry, Map<String, String> environment, FlagfileReader flagfiles) {
    this.registry = registry;
    this.environment = environment;
    this.flagfiles = flagfiles;
  }

  void collect(List<String> args) {
    boolean flagsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (flagsEnded || arg.equals("-") || !arg.startsWith("-")) {
        positionals.add(arg);
      } else if (arg.equals("--")) {
        flagsEnded = true;
      } else {
        String body = arg.substring(arg.startsWith("--") ? 2 : 1);
        int eq = body.indexOf('=');
        String name = eq < 0 ? body : body.substring(0, eq);
        String value = eq < 0 ? null : body.substring(eq + 1);
        if (value == null && takesValue(name) && i + 1 < args.size()) {
          value = args.get(++i);
        }
        flag(name, value, Source.COMMAND_LINE, WORKING_DIR);
      }
    }
    finish();
    for (Map.Entry<Path, String> secret : secretFlagfiles.entrySet()) {
      warnIfOthersCanRead(secret.getKey(), secret.getValue());
    }
  }

  /** Reads {@code file} as {@code --flagfile=<file>} would, and nothing else. */
  void collectFlagfile(Path file) {
    include(file, Source.COMMAND_LINE);
    finish();
  }

  /** Reports the unknown flags no {@code --undefok} tolerated. */
  private void finish() {
    for (Unknown unknown : unknowns) {
      String name = unknown.name();
      if (tolerated(name)) {
        continue;
      }
      if (problems.isFull()) {
        problems.addUnwritten(1);
      } else {
        problems.add(
            unknown.source().prefix()
                + "unknown flag --"
                + Problems.echoLine(name, registry)
                + Suggestions.didYouMean(name, registry.spellings()));
      }
    }
    problems.addUnwritten(unknownsNotKept);
  }

  /**
   * The environment variable {@code variable}: the process's, read only now, or the given map's.
   */
  private String environment(String variable) {
    return environment != null ? environment.get(variable) : System.getenv(variable);
  }

  private boolean tolerated(String name) {
    return undefok.contains(name) || (name.startsWith("no") && undefok.contains(name.substring(2)));
  }

  /**
   * Warns, as ssh does for a key, when a flagfile that sets the secret flag {@code --flag} can be
   * read by its group or by others.
   */
  private void warnIfOthersCanRead(Path file, String flag) {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(file);
    } catch (IOException | UnsupportedOperationException e) {
      return;
    }
    if (permissions.contains(PosixFilePermission.GROUP_READ)
        || permissions.contains(PosixFilePermission.OTHERS_READ)) {
      warn(
          "flagfile "
              + file
              + " sets the secret flag --"
              + flag
              + " but others can read it; run chmod 600 "
              + file);
    }
  }

  Map<String, List<Assignment>> assignments() {
    return assignments;
  }

  List<String> positionals() {
    return positionals;
  }

  List<String> warnings() {
    return warnings;
  }

  ProblemList problems() {
    return problems;
  }

  /** The flags given only values that were refused, so they count as given, not as missing. */
  Set<String> rejected() {
    return rejected;
  }

  /** Each flagfile that sets a secret flag, with the first such flag. */
  Map<Path, String> secretFlagfiles() {
    return secretFlagfiles;
  }

  Optional<HelpRequest> request() {
    return Optional.ofNullable(request);
  }

  private boolean takesValue(String name) {
    switch (name) {
      case "flagfile":
      case "undefok":
      case "fromenv":
      case "tryfromenv":
      case "helpmatch":
      case "helpon":
      case "completion_script":
        return true;
      default:
        FlagDescriptor<?> flag = lookup(name, null);
        return flag != null && !flag.type().isBoolean();
    }
  }

  /**
   * Handles one flag occurrence; {@code dir} is what relative flagfile names are resolved against.
   */
  private void flag(String name, String value, Source source, Path dir) {
    if (FlagNames.BUILT_INS.contains(name)) {
      builtIn(name, value, source, dir);
      return;
    }
    if (name.startsWith("no") && isBooleanBuiltIn(name.substring(2))) {
      negateBuiltIn(name, value, source);
      return;
    }
    FlagDescriptor<?> flag = lookup(name, source);
    if (flag == null && name.startsWith("no")) {
      FlagDescriptor<?> negated = lookup(name.substring(2), source);
      if (negated != null) {
        negate(name, negated, value, source);
        return;
      }
    }
    if (flag == null) {
      unknown(name, source);
    } else if (value != null) {
      assign(flag, value, source);
    } else if (flag.type().isBoolean()) {
      assign(flag, "true", source);
    } else {
      problems.add(
          source.prefix() + "flag --" + name + " requires a value" + valueHint(flag, source));
    }
  }

  /**
   * Keeps an unknown flag until the end, when every {@code --undefok} is known; past {@link
   * #MAX_UNKNOWNS}, one is only counted, unless an {@code --undefok} before it tolerates it.
   */
  private void unknown(String name, Source source) {
    if (unknowns.size() < MAX_UNKNOWNS) {
      unknowns.add(new Unknown(name, source));
    } else if (!tolerated(name)) {
      unknownsNotKept++;
    }
  }

  private void negate(String written, FlagDescriptor<?> flag, String value, Source source) {
    if (!flag.type().isBoolean()) {
      problems.add(
          source.prefix()
              + "--"
              + written
              + " is not allowed: flag --"
              + flag.name()
              + " is not a boolean");
    } else if (value != null) {
      problems.add(
          source.prefix()
              + "--"
              + written
              + " takes no value (got '"
              + (flag.secret() ? "****" : Problems.echo(value))
              + "'); write --"
              + flag.name()
              + "="
              + (flag.secret() ? "<value>" : Problems.echo(value))
              + " instead");
    } else {
      assign(flag, "false", source);
    }
  }

  private static String valueHint(FlagDescriptor<?> flag, Source source) {
    return source.kind() == Source.Kind.FLAGFILE
        ? " (write --" + flag.name() + "=<" + flag.type().name() + ">)"
        : "";
  }

  /** Adds a warning once, however often its cause repeats. */
  private void warn(String warning) {
    if (!warnings.contains(warning)) {
      warnings.add(warning);
    }
  }

  /**
   * The flag called {@code name} or having it as an alias; using an alias is warned about, naming
   * {@code source} (null for no warning).
   */
  private FlagDescriptor<?> lookup(String name, Source source) {
    FlagDescriptor<?> flag = registry.byName(name);
    if (flag == null) {
      flag = registry.byAlias(name);
      if (flag != null && source != null) {
        warn(source.prefix() + "flag --" + name + " is deprecated; use --" + flag.name());
      }
    }
    return flag;
  }

  /**
   * Records an occurrence. A repeatable flag keeps every one; any other keeps only the last, which
   * holds memory to one entry per flag however long the flagfiles: a value that is not a template
   * is checked now, so an earlier bad one is still reported, while a template is expanded only as
   * its final value, as Nova did.
   */
  private void assign(FlagDescriptor<?> flag, String text, Source source) {
    FlagType<?> type = flag.type();
    List<Assignment> list = assignments.get(flag.name());
    if (!type.accumulates()) {
      if (!type.isTemplate()) {
        try {
          type.parse(text);
        } catch (IllegalArgumentException e) {
          problems.add(Problems.invalidValue(flag, text, source, e.getMessage()));
          rejected.add(flag.name());
          return;
        }
      }
      if (list != null) {
        list.clear();
      }
    }
    if (list == null) {
      list = new ArrayList<>(1);
      assignments.put(flag.name(), list);
    }
    list.add(new Assignment(text, source));
    if (flag.secret() && source.kind() == Source.Kind.FLAGFILE) {
      secretFlagfiles.putIfAbsent(source.file(), flag.name());
    }
  }

  private void builtIn(String name, String value, Source source, Path dir) {
    boolean takesValue = takesValue(name);
    if (takesValue && value == null) {
      problems.add(source.prefix() + "flag --" + name + " requires a value");
      return;
    }
    switch (name) {
      case "flagfile":
        for (String file : ValueSyntax.splitList(value)) {
          if (file.isEmpty()) {
            continue;
          }
          Path path;
          try {
            path = dir.resolve(file);
          } catch (InvalidPathException e) {
            problems.add(
                source.prefix()
                    + "flagfile name '"
                    + UntrustedText.clip(file, 80)
                    + "' is not a valid path: "
                    + e.getReason());
            continue;
          }
          include(path, source);
        }
        return;
      case "undefok":
        undefok.addAll(ValueSyntax.splitList(value));
        return;
      case "fromenv":
      case "tryfromenv":
        fromEnvironment(name, value, source);
        return;
      case "helpmatch":
        request = new HelpRequest(HelpRequest.Kind.HELPMATCH, value);
        return;
      case "helpon":
        request = new HelpRequest(HelpRequest.Kind.HELPON, value);
        return;
      case "completion_script":
        request = new HelpRequest(HelpRequest.Kind.COMPLETION_SCRIPT, value);
        return;
      default:
        requestUnlessFalse(name, value, source);
    }
  }

  private boolean isBooleanBuiltIn(String name) {
    return FlagNames.BUILT_INS.contains(name) && !takesValue(name);
  }

  /** {@code --nohelp} and the like, as gflags has them: {@code --help=false}. */
  private void negateBuiltIn(String written, String value, Source source) {
    String name = written.substring(2);
    if (value != null) {
      problems.add(
          source.prefix()
              + "--"
              + written
              + " takes no value (got '"
              + value
              + "'); write --"
              + name
              + "="
              + value
              + " instead");
    } else {
      requestUnlessFalse(name, "false", source);
    }
  }

  /** Asks for help (or the like) with true, withdraws that request with false. */
  private void requestUnlessFalse(String name, String value, Source source) {
    HelpRequest.Kind kind = HelpRequest.Kind.valueOf(name.toUpperCase(Locale.ROOT));
    try {
      if (value == null || ValueSyntax.parseBoolean(value)) {
        request = new HelpRequest(kind, "");
      } else if (request != null && request.kind() == kind) {
        request = null;
      }
    } catch (IllegalArgumentException e) {
      problems.add(
          source.prefix()
              + "invalid value '"
              + Problems.echo(value)
              + "' for flag --"
              + name
              + ": "
              + e.getMessage());
    }
  }

  private void fromEnvironment(String builtIn, String names, Source source) {
    for (String name : ValueSyntax.splitList(names)) {
      if (FlagNames.BUILT_INS.contains(name)) {
        builtInFromEnvironment(builtIn, name, source);
        continue;
      }
      FlagDescriptor<?> flag = lookup(name, source);
      if (flag == null) {
        problems.add(
            source.prefix()
                + "--"
                + builtIn
                + " names unknown flag --"
                + Problems.echo(name)
                + Suggestions.didYouMean(name, registry.spellings()));
        continue;
      }
      if (environment == NO_ENVIRONMENT) {
        continue;
      }
      String variable = "FLAGS_" + name;
      String text = environment(variable);
      if (text != null) {
        assign(flag, text, Source.environment(variable));
      } else if (builtIn.equals("fromenv")) {
        problems.add(
            source.prefix()
                + "--fromenv="
                + Problems.echo(name)
                + ": environment variable "
                + variable
                + " is not set");
      }
    }
  }

  /**
   * A built-in flag read from {@code FLAGS_<name>}, as gflags allows ({@code FLAGS_version=true
   * --fromenv=version}); {@code fromenv} and {@code tryfromenv} themselves would recurse.
   */
  private void builtInFromEnvironment(String builtIn, String name, Source source) {
    if (name.equals("fromenv") || name.equals("tryfromenv")) {
      problems.add(
          source.prefix()
              + "--"
              + builtIn
              + "="
              + name
              + ": --"
              + name
              + " cannot be read from the environment");
      return;
    }
    if (environment == NO_ENVIRONMENT) {
      return;
    }
    String variable = "FLAGS_" + name;
    String text = environment(variable);
    if (text != null) {
      builtIn(name, text, Source.environment(variable), WORKING_DIR);
    } else if (builtIn.equals("fromenv")) {
      problems.add(
          source.prefix()
              + "--fromenv="
              + name
              + ": environment variable "
              + variable
              + " is not set");
    }
  }

  private void include(Path file, Source from) {
    Path key = flagfiles.key(file);
    if (includeChain.contains(key)) {
      String chain =
          includeChain.subList(includeChain.indexOf(key), includeChain.size()).stream()
              .map(Path::toString)
              .collect(Collectors.joining(" -> "));
      problems.add(from.prefix() + "flagfile include cycle: " + chain + " -> " + key);
      return;
    }
    if (includeChain.size() >= MAX_INCLUDE_DEPTH || ++flagfilesRead > MAX_FLAGFILES) {
      problems.add(from.prefix() + "too many nested flagfiles reading " + file);
      return;
    }
    String text;
    try {
      text = flagfiles.read(file);
    } catch (FlagfileReader.Unreadable e) {
      problems.add(from.prefix() + e.getMessage());
      return;
    }
    includeChain.add(key);
    Path dir = file.getParent() != null ? file.getParent() : WORKING_DIR;
    int number = 0;
    int start = 0;
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      number++;
      line(text.substring(start, end).strip(), Source.flagfile(file, number), dir);
      boolean crlf =
          end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n';
      start = end + (crlf ? 2 : 1);
    }
    includeChain.remove(includeChain.size() - 1);
  }

  private static boolean hasWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void line(String line, Source source, Path dir) {
    if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
      return;
    }
    if (!line.startsWith("-") || line.equals("-") || line.equals("--")) {
      if (problems.isFull()) {
        problems.addUnwritten(1);
      } else {
        problems.add(
            source.prefix()
                + "not a flag: '"
                + Problems.echoLine(line, registry)
                + "' (flagfile lines are --name=value)");
      }
      return;
    }
    String body = line.substring(line.startsWith("--") ? 2 : 1);
    int eq = body.indexOf('=');
    String name = eq < 0 ? body : body.substring(0, eq);
    if (eq < 0 && hasWhitespace(name)) {
      problems.add(
          source.prefix()
              + "expected --name=value, got '"
              + Problems.echoLine(line, registry)
              + "'");
      return;
    }
    flag(name, eq < 0 ? null : body.substring(eq + 1), source, dir);
  }
}
