package io.github.flagstaff.runtime.flags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The value of every flag after one parse: immutable, iterable over flag names like Nova's {@code
 * FLAGS}, and viewable through each flag set interface.
 */
public final class FlagValues implements Iterable<String> {
  private final FlagRegistry registry;

  /** The values a parse resolved, in registry order. */
  private final Map<String, FlagValue<?>> resolved;

  /** The sets whose values are their defaults, made when first read (see {@link ValueResolver}). */
  private final Set<FlagSetDefinition<?>> deferred;

  private final Map<FlagSetDefinition<?>, Map<String, FlagValue<?>>> defaults =
      new ConcurrentHashMap<>();
  private final Map<Class<?>, FlagSetDefinition<?>> definitions = new IdentityHashMap<>();
  private final Map<Class<?>, Object> views = new ConcurrentHashMap<>();
  private volatile Map<String, FlagValue<?>> byName;

  FlagValues(
      FlagRegistry registry, List<FlagValue<?>> values, List<FlagSetDefinition<?>> deferred) {
    this.registry = registry;
    Map<String, FlagValue<?>> map = new LinkedHashMap<>();
    for (FlagValue<?> value : values) {
      map.put(value.name(), value);
    }
    this.resolved = Collections.unmodifiableMap(map);
    this.deferred = Collections.newSetFromMap(new IdentityHashMap<>());
    this.deferred.addAll(deferred);
    this.byName = deferred.isEmpty() ? resolved : null;
    for (FlagSetDefinition<?> set : registry.flagSets()) {
      definitions.put(set.type(), set);
    }
  }

  /** Every value, in registry order; the deferred sets' values are made now if not yet. */
  private Map<String, FlagValue<?>> byName() {
    Map<String, FlagValue<?>> all = byName;
    if (all == null) {
      Map<String, FlagValue<?>> map = new LinkedHashMap<>();
      for (FlagSetDefinition<?> set : registry.flagSets()) {
        Map<String, FlagValue<?>> of = deferred.contains(set) ? defaults(set) : null;
        for (FlagDescriptor<?> flag : set.flags()) {
          FlagValue<?> value = of == null ? resolved.get(flag.name()) : of.get(flag.name());
          if (value != null) {
            map.put(flag.name(), value);
          }
        }
      }
      all = Collections.unmodifiableMap(map);
      byName = all;
    }
    return all;
  }

  /** The value of the flag called {@code name}, or null; only its own set's defaults are made. */
  private FlagValue<?> lookup(String name) {
    FlagValue<?> value = resolved.get(name);
    if (value != null || deferred.isEmpty()) {
      return value;
    }
    FlagSetDefinition<?> set = registry.owner(name);
    return set != null && deferred.contains(set) ? defaults(set).get(name) : null;
  }

  private Map<String, FlagValue<?>> defaults(FlagSetDefinition<?> set) {
    Map<String, FlagValue<?>> values = defaults.get(set);
    if (values == null) {
      values = ValueResolver.defaults(registry, set);
      Map<String, FlagValue<?>> raced = defaults.putIfAbsent(set, values);
      values = raced != null ? raced : values;
    }
    return values;
  }

  /** The flags these values are for. */
  public FlagRegistry registry() {
    return registry;
  }

  /**
   * The flag set {@code type} as a typed view: {@code values.get(NetworkFlags.class).vlanStart()}.
   *
   * @throws IllegalArgumentException if no module on the class path declares that flag set
   */
  public <T> T get(Class<T> type) {
    FlagSetDefinition<?> set = definitions.get(type);
    if (set == null) {
      throw new IllegalArgumentException(
          "no flag set " + type.getName() + " is known; is its module on the class path?");
    }
    Object view = views.get(type);
    if (view == null) {
      view = set.bind(this);
      Object raced = views.putIfAbsent(type, view);
      view = raced != null ? raced : view;
    }
    return type.cast(view);
  }

  /** The values of {@code set}'s flags, in declaration order, for its typed view. */
  Object[] row(FlagSetDefinition<?> set) {
    List<FlagDescriptor<?>> flags = set.flags();
    Object[] row = new Object[flags.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = value(flags.get(i));
    }
    return row;
  }

  /** The value of {@code flag}, a descriptor of these values' registry. */
  @SuppressWarnings("unchecked")
  public <T> T value(FlagDescriptor<T> flag) {
    FlagValue<?> value = lookup(flag.name());
    if (value == null || value.descriptor() != flag) {
      throw new IllegalArgumentException("unknown flag " + flag);
    }
    return (T) value.value();
  }

  /**
   * Like Nova's {@code FLAGS.get(name, default)}: the value of {@code --name}, or {@code fallback}.
   */
  public Object get(String name, Object fallback) {
    FlagValue<?> value = lookup(name);
    return value == null ? fallback : value.value();
  }

  /** The flag called {@code name}, with its value and where it came from. */
  public Optional<FlagValue<?>> flag(String name) {
    return Optional.ofNullable(lookup(name));
  }

  /** Every flag with its value, grouped by flag set. */
  public Collection<FlagValue<?>> flags() {
    return byName().values();
  }

  /** Every flag name, grouped by flag set. */
  @Override
  public Iterator<String> iterator() {
    return byName().keySet().iterator();
  }

  /**
   * These values with the mutable flags of {@code reparsed} applied, as a service does on SIGHUP: a
   * changed mutable flag takes its new value; any other changed flag keeps its value and is listed
   * as needing a restart.
   */
  public Reload reload(FlagValues reparsed) {
    Map<String, FlagValue<?>> byName = byName();
    List<FlagValue<?>> merged = new ArrayList<>(byName.size());
    List<String> applied = new ArrayList<>();
    List<String> needRestart = new ArrayList<>();
    for (FlagValue<?> current : byName.values()) {
      FlagValue<?> next = reparsed.lookup(current.name());
      if (next == null || Objects.equals(current.value(), next.value())) {
        merged.add(current);
      } else if (current.descriptor().mutable()) {
        merged.add(next);
        applied.add(current.name());
      } else {
        merged.add(current);
        needRestart.add(current.name());
      }
    }
    return new Reload(new FlagValues(registry, merged, List.of()), applied, needRestart);
  }

  /**
   * The outcome of {@link #reload}.
   *
   * @param values the values now in force
   * @param applied the mutable flags that took a new value
   * @param needRestart the flags whose new value waits for a restart
   */
  public record Reload(FlagValues values, List<String> applied, List<String> needRestart) {

    /** Copies the lists. */
    public Reload {
      applied = List.copyOf(applied);
      needRestart = List.copyOf(needRestart);
    }
  }

  /**
   * Every flag with a value, as a flagfile that parses back to equal values (absl's {@code
   * flags_into_string}): {@code --name=value} per line, {@code --name}/{@code --noname} for
   * booleans, one line per element of a repeatable flag, and {@code $} written {@code $$} in string
   * and path values. Secret values are written as they are: the file is for reading back, not for
   * showing.
   *
   * @throws IllegalArgumentException naming the flag, if a value cannot be written on one flagfile
   *     line: a line break, leading or trailing spaces (which flagfiles strip), or a list element
   *     with a comma
   */
  public String toFlagfile() {
    StringBuilder out = new StringBuilder();
    for (FlagValue<?> value : byName().values()) {
      FlagfileLines.append(out, value);
    }
    return out.toString();
  }

  /** Nova's "Full set of FLAGS": one {@code name : value} line per flag, secrets masked. */
  public List<String> dump() {
    Map<String, FlagValue<?>> byName = byName();
    List<String> lines = new ArrayList<>(byName.size());
    for (FlagValue<?> value : byName.values()) {
      lines.add(value.toString());
    }
    return lines;
  }
}
