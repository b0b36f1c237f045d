package io.github.flagstaff.runtime.flags;

import io.github.flagstaff.syntax.Templates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The second half of a parse: turns the occurrences of each flag of the sets a parse meets (or its
 * default) into a typed value, expanding {@code $name} references in string values, checking bounds
 * and required flags; the other sets' values are their defaults, made when first read.
 */
final class ValueResolver {

  /** Thrown through a template expansion when a referenced flag failed already (reported once). */
  private static final class ReferenceFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReferenceFailed() {
      super(null, null, false, false);
    }
  }

  private final FlagRegistry registry;
  private final Map<String, List<Assignment>> assignments;
  private final Map<String, FlagValue<?>> resolved = new HashMap<>();
  private final Set<String> failed = new HashSet<>();
  private final List<String> resolving = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final List<FlagSetDefinition<?>> deferred = new ArrayList<>();

  private final Set<String> rejected;

  /**
   * A resolver of {@code assignments}; the flags in {@code rejected} were given, but only values
   * reported already, so they are not reported again as missing.
   */
  ValueResolver(
      FlagRegistry registry, Map<String, List<Assignment>> assignments, Set<String> rejected) {
    this.registry = registry;
    this.assignments = assignments;
    this.rejected = rejected;
  }

  /**
   * The value of every flag of the sets a parse must resolve, in registry order; check {@link
   * #problems()} before using them. The other sets, listed by {@link #deferred()}, are those whose
   * values are their defaults and cannot fail: no argument named their flags, {@link
   * FlagSetNames#resolveAtParse} does not hold, and their defaults refer only to known flags of
   * sets that are deferred and whose own defaults refer to none. Their values are made when first
   * read ({@link #defaults}).
   */
  List<FlagValue<?>> resolve(boolean checkRequired) {
    Set<FlagSetDefinition<?>> atParse = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String name : assignments.keySet()) {
      atParse.add(registry.owner(name));
    }
    for (String name : rejected) {
      atParse.add(registry.owner(name));
    }
    for (FlagSetDefinition<?> set : registry.flagSets()) {
      if (registry.names(set).resolveAtParse()) {
        atParse.add(set);
      }
    }
    List<FlagValue<?>> out = new ArrayList<>();
    for (FlagSetDefinition<?> set : registry.flagSets()) {
      if (!atParse.contains(set) && !refersToResolved(set, atParse)) {
        deferred.add(set);
        continue;
      }
      for (FlagDescriptor<?> flag : set.flags()) {
        FlagValue<?> value = resolve(flag);
        if (value == null) {
          continue;
        }
        if (checkRequired && flag.required() && !value.isSet() && !rejected.contains(flag.name())) {
          problems.add("flag --" + flag.name() + " is required but was not given");
        }
        out.add(value);
      }
    }
    return out;
  }

  /**
   * Whether a default of {@code set} refers to a flag of {@code atParse}, to no flag, or to a flag
   * whose own set's defaults refer to flags (a chain the parse follows, and reports a cycle in).
   */
  private boolean refersToResolved(FlagSetDefinition<?> set, Set<FlagSetDefinition<?>> atParse) {
    for (String name : registry.names(set).references()) {
      FlagSetDefinition<?> owner = registry.owner(name);
      if (owner == null
          || atParse.contains(owner)
          || !registry.names(owner).references().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The sets {@link #resolve} left to their defaults. */
  List<FlagSetDefinition<?>> deferred() {
    return deferred;
  }

  /**
   * The values of {@code set}'s flags, a set a parse deferred: their defaults, expanded with the
   * defaults they refer to.
   */
  static Map<String, FlagValue<?>> defaults(FlagRegistry registry, FlagSetDefinition<?> set) {
    ValueResolver resolver = new ValueResolver(registry, Map.of(), Set.of());
    Map<String, FlagValue<?>> values = new LinkedHashMap<>();
    for (FlagDescriptor<?> flag : set.flags()) {
      FlagValue<?> value = resolver.resolve(flag);
      if (value == null) {
        throw new IllegalStateException(
            "the default of --" + flag.name() + " did not resolve: " + resolver.problems);
      }
      values.put(flag.name(), value);
    }
    return values;
  }

  List<String> problems() {
    return problems;
  }

  private <T> FlagValue<T> resolve(FlagDescriptor<T> flag) {
    @SuppressWarnings("unchecked")
    FlagValue<T> done = (FlagValue<T>) resolved.get(flag.name());
    if (done != null || failed.contains(flag.name())) {
      return done;
    }
    resolving.add(flag.name());
    try {
      FlagValue<T> value = compute(flag);
      resolved.put(flag.name(), value);
      return value;
    } catch (IllegalArgumentException | ReferenceFailed e) {
      failed.add(flag.name());
      return null;
    } finally {
      resolving.remove(resolving.size() - 1);
    }
  }

  private <T> FlagValue<T> compute(FlagDescriptor<T> flag) {
    List<Assignment> given = assignments.get(flag.name());
    if (given == null) {
      T value =
          flag.defaultText() == null
              ? flag.type().absent()
              : parse(flag, new Assignment(flag.defaultText(), Source.DEFAULT));
      return new FlagValue<>(flag, value, Source.DEFAULT);
    }
    T value = null;
    for (Assignment assignment : given) {
      T next = parse(flag, assignment);
      value = value == null ? next : flag.type().combine(value, next);
    }
    return new FlagValue<>(flag, value, given.get(given.size() - 1).source());
  }

  private <T> T parse(FlagDescriptor<T> flag, Assignment assignment) {
    FlagType<T> type = flag.type();
    Source source = assignment.source();
    try {
      String text = assignment.text();
      if (type.isTemplate() && text.indexOf('$') >= 0) {
        text =
            Templates.expand(
                text,
                new UnaryOperator<String>() {
                  @Override
                  public String apply(String reference) {
                    return referenceText(reference);
                  }
                });
      }
      return source == Source.DEFAULT ? type.parseDefault(text) : type.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(Problems.invalidValue(flag, assignment.text(), source, e.getMessage()));
      throw e;
    }
  }

  private String referenceText(String name) {
    FlagDescriptor<?> flag = registry.byName(name);
    if (flag == null) {
      throw new IllegalArgumentException(
          "$" + name + " refers to no flag" + Suggestions.didYouMean(name, registry.spellings()));
    }
    if (resolving.contains(name)) {
      List<String> cycle =
          new ArrayList<>(resolving.subList(resolving.indexOf(name), resolving.size()));
      cycle.add(name);
      throw new IllegalArgumentException("reference cycle $" + String.join(" -> $", cycle));
    }
    return text(resolve(flag));
  }

  private static <T> String text(FlagValue<T> value) {
    if (value == null) {
      throw new ReferenceFailed();
    }
    return value.value() == null ? "" : value.descriptor().type().format(value.value());
  }
}
