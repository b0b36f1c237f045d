package io.github.flagstaff.runtime.flags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Every flag a program knows, by name and alias, grouped by flag set. */
public final class FlagRegistry {
  private static final Comparator<FlagSetDefinition<?>> BY_NAME =
      new Comparator<>() {
        @Override
        public int compare(FlagSetDefinition<?> a, FlagSetDefinition<?> b) {
          return a.name().compareTo(b.name());
        }
      };

  private final List<FlagSetDefinition<?>> flagSets;
  private final Map<String, FlagDescriptor<?>> byName = new LinkedHashMap<>();
  private final Map<String, FlagDescriptor<?>> byAlias = new LinkedHashMap<>();
  private final List<FlagDescriptor<?>> flags;

  private FlagRegistry(List<FlagSetDefinition<?>> flagSets) {
    List<FlagSetDefinition<?>> sorted = new ArrayList<>(flagSets);
    sorted.sort(BY_NAME);
    this.flagSets = List.copyOf(sorted);
    for (FlagSetDefinition<?> set : this.flagSets) {
      for (FlagDescriptor<?> flag : set.flags()) {
        claim(flag.name(), flag);
        for (String alias : flag.aliases()) {
          claim(alias, flag);
          byAlias.put(alias, flag);
        }
      }
    }
    this.flags = List.copyOf(byName.values());
  }

  private void claim(String name, FlagDescriptor<?> flag) {
    FlagDescriptor<?> other = byName.containsKey(name) ? byName.get(name) : byAlias.get(name);
    if (other != null) {
      throw new IllegalStateException(
          "flag --" + name + " is declared by both " + other.flagSet() + " and " + flag.flagSet());
    }
    if (flag.name().equals(name)) {
      byName.put(name, flag);
    }
  }

  /** The flag sets of every module on the class path, found through {@link ServiceLoader}. */
  public static FlagRegistry load() {
    return load(FlagRegistry.class.getClassLoader());
  }

  /** The flag sets of every module that {@code loader} sees. */
  public static FlagRegistry load(ClassLoader loader) {
    return new FlagRegistry(discover(loader));
  }

  static List<FlagSetDefinition<?>> discover(ClassLoader loader) {
    return setsOf(ServiceLoader.load(FlagIndex.class, loader));
  }

  private static List<FlagSetDefinition<?>> setsOf(Iterable<? extends FlagIndex> indexes) {
    Map<String, FlagSetDefinition<?>> sets = new LinkedHashMap<>();
    for (FlagIndex index : indexes) {
      for (FlagSetDefinition<?> set : index.flagSets()) {
        sets.putIfAbsent(set.name(), set);
      }
    }
    return List.copyOf(sets.values());
  }

  /**
   * A registry of exactly the flag sets {@code types} (flag set interfaces, or the main classes of
   * services for their manager flags), found through {@link ServiceLoader} as {@link #load()} finds
   * them.
   *
   * @throws IllegalArgumentException if no module on the class path declares one of them
   */
  public static FlagRegistry of(Class<?>... types) {
    List<FlagSetDefinition<?>> known = discover(FlagRegistry.class.getClassLoader());
    List<FlagSetDefinition<?>> found = new ArrayList<>();
    for (Class<?> type : types) {
      FlagSetDefinition<?> set = null;
      for (FlagSetDefinition<?> candidate : known) {
        if (candidate.type() == type) {
          set = candidate;
        }
      }
      if (set == null) {
        throw new IllegalArgumentException(
            "no flag set " + type.getName() + " is known; is its module on the class path?");
      }
      found.add(set);
    }
    return new FlagRegistry(found);
  }

  /** A registry of exactly these flag sets. */
  public static FlagRegistry of(List<? extends FlagSetDefinition<?>> flagSets) {
    return new FlagRegistry(List.copyOf(flagSets));
  }

  /** A registry of the flag sets of {@code indexes}, each set once. */
  public static FlagRegistry ofIndexes(List<? extends FlagIndex> indexes) {
    return new FlagRegistry(setsOf(indexes));
  }

  /** The flag sets, sorted by name. */
  public List<FlagSetDefinition<?>> flagSets() {
    return flagSets;
  }

  /** Every flag, grouped by flag set. */
  public List<FlagDescriptor<?>> flags() {
    return flags;
  }

  /** The flag called {@code name}, or null. Aliases are not names: see {@link #byAlias}. */
  public FlagDescriptor<?> byName(String name) {
    return byName.get(name);
  }

  /** The flag that has {@code alias} as a deprecated name, or null. */
  public FlagDescriptor<?> byAlias(String alias) {
    return byAlias.get(alias);
  }

  /** Every name a user could have meant: flag names, aliases, and {@code no<name>} of booleans. */
  List<String> spellings() {
    List<String> out = new ArrayList<>(byName.keySet());
    out.addAll(byAlias.keySet());
    for (FlagDescriptor<?> flag : byName.values()) {
      if (flag.type().isBoolean()) {
        out.add("no" + flag.name());
      }
    }
    return out;
  }
}
