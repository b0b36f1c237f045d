package io.github.flagstaff.runtime.flags;

import io.github.flagstaff.syntax.FlagDataFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The names and aliases a flag set declares, read from its data without decoding its flags, so
 * that a parse decodes and resolves only the flag sets it meets (a script never those of services).
 *
 * @param names the flags' names, in declaration order
 * @param aliases the flags' deprecated names
 * @param resolveAtParse whether a parse must resolve the set's values even when no argument names
 *     one of its flags: a flag is required, or its default may refer to another flag
 */
record FlagSetNames(List<String> names, List<String> aliases, boolean resolveAtParse) {
  private static final String ALIAS = FlagDataFormat.ALIAS + "=";
  private static final String DEFAULT = FlagDataFormat.DEFAULT + "=";

  /** The names {@code flags} declare; they are resolved at every parse, being decoded already. */
  static FlagSetNames of(List<FlagDescriptor<?>> flags) {
    List<String> names = new ArrayList<>(flags.size());
    List<String> aliases = new ArrayList<>();
    for (FlagDescriptor<?> flag : flags) {
      names.add(flag.name());
      aliases.addAll(flag.aliases());
    }
    return new FlagSetNames(names, aliases, true);
  }

  /**
   * The names in {@code data}, a flag set in {@link FlagDataFormat}: the first field of each line
   * after the first, and the {@code alias} attributes. A tab always separates fields (one in a
   * field is escaped), and names and aliases have no escapes.
   */
  static FlagSetNames scan(String data) {
    List<String> names = new ArrayList<>();
    List<String> aliases = new ArrayList<>();
    boolean resolveAtParse = false;
    int start = data.indexOf(FlagDataFormat.LINE) + 1;
    while (start > 0 && start < data.length()) {
      int end = data.indexOf(FlagDataFormat.LINE, start);
      end = end < 0 ? data.length() : end;
      int field = data.indexOf(FlagDataFormat.FIELD, start);
      names.add(data.substring(start, field));
      field = data.indexOf(FlagDataFormat.FIELD, field + 1); // the help
      field = data.indexOf(FlagDataFormat.FIELD, field + 1); // the first attribute, if any
      while (field >= 0 && field < end) {
        int next = data.indexOf(FlagDataFormat.FIELD, field + 1);
        int fieldEnd = next < 0 || next > end ? end : next;
        if (data.startsWith(ALIAS, field + 1)) {
          aliases.add(data.substring(field + 1 + ALIAS.length(), fieldEnd));
        } else if (data.startsWith(DEFAULT, field + 1)) {
          resolveAtParse |= refers(data, field, fieldEnd);
        } else if (fieldEnd - field - 1 == FlagDataFormat.REQUIRED.length()) {
          resolveAtParse |= data.startsWith(FlagDataFormat.REQUIRED, field + 1);
        }
        field = fieldEnd < end ? fieldEnd : -1;
      }
      start = end + 1;
    }
    return new FlagSetNames(names, aliases, resolveAtParse);
  }

  /** Whether {@code data} holds a {@code $} from {@code start} to {@code end}. */
  private static boolean refers(String data, int start, int end) {
    for (int i = start; i < end; i++) {
      if (data.charAt(i) == '$') {
        return true;
      }
    }
    return false;
  }
}
