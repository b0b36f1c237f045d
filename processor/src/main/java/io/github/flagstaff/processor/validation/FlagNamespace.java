package io.github.flagstaff.processor.validation;

import java.util.HashMap;
import java.util.Map;

/**
 * Every flag name and alias the module can see: those declared so far in this compilation and those
 * of flag sets on the class path. A name or alias can be claimed once.
 */
public final class FlagNamespace {

  /** Who holds a name: a flag itself, or one of its aliases. */
  private record Holder(String flag, boolean alias, String declaredBy) {
    String describe() {
      return (alias ? "an alias of flag --" + flag : "flag --" + flag)
          + " declared by "
          + declaredBy;
    }
  }

  private final Map<String, Holder> holders = new HashMap<>();

  /** What holds {@code name}, described; null when nothing does. */
  String holder(String name) {
    Holder holder = holders.get(name);
    return holder == null ? null : holder.describe();
  }

  /**
   * Claims {@code name} for {@code flag} (as an alias when {@code alias}), declared by {@code
   * declaredBy}.
   *
   * @return null on success, else what already holds the name
   */
  String claim(String name, String flag, boolean alias, String declaredBy) {
    Holder mine = new Holder(flag, alias, declaredBy);
    Holder previous = holders.putIfAbsent(name, mine);
    if (previous == null || previous.equals(mine)) {
      return null;
    }
    return previous.describe();
  }
}
