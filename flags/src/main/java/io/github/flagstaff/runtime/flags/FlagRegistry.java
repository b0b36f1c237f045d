package io.github.flagstaff.runtime.flags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

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

  /** The set declaring each flag name, and each alias; read without decoding any flag. */
  private final Map<String, FlagSetDefinition<?>> nameOwners = new HashMap<>();

  private final Map<String, FlagSetDefinition<?>> aliasOwners = new HashMap<>();
  private final Map<FlagSetDefinition<?>, FlagSetNames> names = new IdentityHashMap<>();

  /** The descriptors of the sets decoded so far, by name and by alias. */
  private final Map<String, FlagDescriptor<?>> byName = new HashMap<>();

  private final Map<String, FlagDescriptor<?>> byAlias = new HashMap<>();
  private final Set<FlagSetDefinition<?>> decoded =
      Collections.newSetFromMap(new IdentityHashMap<>());
  private List<FlagDescriptor<?>> flags;

  private FlagRegistry(List<FlagSetDefinition<?>> flagSets) {
    List<FlagSetDefinition<?>> sorted = new ArrayList<>(flagSets);
    sorted.sort(BY_NAME);
    this.flagSets = List.copyOf(sorted);
    for (FlagSetDefinition<?> set : this.flagSets) {
      FlagSetNames declared = FlagData.names(set);
      for (String name : declared.spellings()) {
        claim(name, set, declared.aliases().contains(name) ? aliasOwners : nameOwners);
      }
      names.put(set, declared);
    }
  }

  private void claim(String name, FlagSetDefinition<?> set, Map<String, FlagSetDefinition<?>> to) {
    FlagSetDefinition<?> other =
        nameOwners.containsKey(name) ? nameOwners.get(name) : aliasOwners.get(name);
    if (other != null) {
      throw new IllegalStateException(
          "flag --" + name + " is declared by both " + other.name() + " and " + set.name());
    }
    to.put(name, set);
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

  /**
   * Every flag, grouped by flag set. A registry decodes a flag set's data when one of its flags is
   * first asked for; data it cannot decode (written by another version of the processor) fails
   * there, with an {@link IllegalArgumentException}.
   */
  public synchronized List<FlagDescriptor<?>> flags() {
    if (flags == null) {
      List<FlagDescriptor<?>> all = new ArrayList<>(nameOwners.size());
      for (FlagSetDefinition<?> set : flagSets) {
        all.addAll(decode(set));
      }
      flags = List.copyOf(all);
    }
    return flags;
  }

  /**
   * The flag called {@code name}, or null. Aliases are not names: see {@link #byAlias}. Decodes the
   * flag's set if not yet, failing as {@link #flags()} says.
   */
  public synchronized FlagDescriptor<?> byName(String name) {
    FlagSetDefinition<?> set = nameOwners.get(name);
    if (set != null) {
      decode(set);
    }
    return byName.get(name);
  }

  /**
   * The flag that has {@code alias} as a deprecated name, or null. Decodes the flag's set if not
   * yet, failing as {@link #flags()} says.
   */
  public synchronized FlagDescriptor<?> byAlias(String alias) {
    FlagSetDefinition<?> set = aliasOwners.get(alias);
    if (set != null) {
      decode(set);
    }
    return byAlias.get(alias);
  }

  /** The flag set that declares the flag called {@code name}, or null; nothing is decoded. */
  FlagSetDefinition<?> owner(String name) {
    return nameOwners.get(name);
  }

  /** What {@code set}, one of these flag sets, declares, read without decoding it. */
  FlagSetNames names(FlagSetDefinition<?> set) {
    return names.get(set);
  }

  private List<FlagDescriptor<?>> decode(FlagSetDefinition<?> set) {
    List<FlagDescriptor<?>> setFlags = set.flags();
    if (decoded.add(set)) {
      for (FlagDescriptor<?> flag : setFlags) {
        byName.put(flag.name(), flag);
        for (String alias : flag.aliases()) {
          byAlias.put(alias, flag);
        }
      }
    }
    return setFlags;
  }

  /** Every name a user could have meant: flag names, aliases, and {@code no<name>} of booleans. */
  List<String> spellings() {
    List<FlagDescriptor<?>> all = flags();
    List<String> out = new ArrayList<>();
    for (FlagDescriptor<?> flag : all) {
      out.add(flag.name());
    }
    for (FlagDescriptor<?> flag : all) {
      out.addAll(flag.aliases());
    }
    for (FlagDescriptor<?> flag : all) {
      if (flag.type().isBoolean()) {
        out.add("no" + flag.name());
      }
    }
    return out;
  }
}
