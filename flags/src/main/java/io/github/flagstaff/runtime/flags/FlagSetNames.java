package io.github.flagstaff.runtime.flags;

import io.github.flagstaff.syntax.FlagDataFormat;
import io.github.flagstaff.syntax.Templates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a parse needs to know of a flag set before it decodes its flags, read from its data: its
 * names, and whether its values can be left to their defaults until first read. So a parse decodes
 * and resolves only the flag sets it meets; a script never those of services.
 *
 * @param spellings the flags' names, each followed by its aliases, in declaration order
 * @param aliases which of {@code spellings} are aliases (deprecated names)
 * @param references the flags the set's defaults refer to: every {@code $name} in a default, read
 *     as a template whatever the flag's type
 * @param resolveAtParse whether a parse must resolve the set's values even when no argument names
 *     one of its flags: a flag is required, an enum default must be checked against the enum found
 *     at run time, or a default with a {@code $} is no template or is not of a string type (a path
 *     or a list parses the expanded text, which could fail)
 */
record FlagSetNames(
    List<String> spellings, Set<String> aliases, List<String> references, boolean resolveAtParse) {
  private static final String ALIAS = FlagDataFormat.ALIAS + "=";
  private static final String DEFAULT = FlagDataFormat.DEFAULT + "=";

  /** The names {@code flags} declare; they are resolved at every parse, being decoded already. */
  static FlagSetNames of(List<FlagDescriptor<?>> flags) {
    List<String> spellings = new ArrayList<>(flags.size());
    Set<String> aliases = new HashSet<>();
    for (FlagDescriptor<?> flag : flags) {
      spellings.add(flag.name());
      spellings.addAll(flag.aliases());
      aliases.addAll(flag.aliases());
    }
    return new FlagSetNames(spellings, aliases, List.of(), true);
  }

  /**
   * Reads {@code data}, a flag set in {@link FlagDataFormat}: the first field of each line after
   * the first, its type, and its attributes. A tab always separates fields (one in a field is
   * escaped), and names and aliases have no escapes.
   */
  static FlagSetNames scan(String data) {
    List<String> spellings = new ArrayList<>();
    Set<String> aliases = new HashSet<>();
    List<String> references = new ArrayList<>();
    boolean resolveAtParse = false;
    int start = data.indexOf(FlagDataFormat.LINE) + 1;
    while (start > 0 && start < data.length()) {
      int end = data.indexOf(FlagDataFormat.LINE, start);
      end = end < 0 ? data.length() : end;
      int type = data.indexOf(FlagDataFormat.FIELD, start) + 1;
      spellings.add(data.substring(start, type - 1));
      int help = data.indexOf(FlagDataFormat.FIELD, type) + 1;
      boolean isEnum = contains(data, ':', type, help); // "enum:N", after a shape or not
      int field = data.indexOf(FlagDataFormat.FIELD, help);
      while (field >= help && field < end) {
        int next = data.indexOf(FlagDataFormat.FIELD, field + 1);
        int fieldEnd = next < 0 || next > end ? end : next;
        if (data.startsWith(ALIAS, field + 1)) {
          String alias = data.substring(field + 1 + ALIAS.length(), fieldEnd);
          spellings.add(alias);
          aliases.add(alias);
        } else if (data.startsWith(DEFAULT, field + 1)) {
          resolveAtParse |= isEnum;
          if (contains(data, '$', field, fieldEnd)) {
            String text = data.substring(field + 1 + DEFAULT.length(), fieldEnd);
            boolean template = addReferences(FlagDataFormat.fields(text).get(0), references);
            // Only a string takes any expansion as it is; a path or a list parses it afterwards.
            resolveAtParse |= !template || !isString(data, type, help - 1);
          }
        } else if (fieldEnd - field - 1 == FlagDataFormat.REQUIRED.length()) {
          resolveAtParse |= data.startsWith(FlagDataFormat.REQUIRED, field + 1);
        }
        field = fieldEnd < end ? fieldEnd : -1;
      }
      start = end + 1;
    }
    return new FlagSetNames(spellings, aliases, references, resolveAtParse);
  }

  /** Whether the type from {@code start} to {@code end} is {@code string} or optional. */
  private static boolean isString(String data, int start, int end) {
    String type = data.substring(start, end);
    return type.equals("string") || type.equals(FlagDataFormat.OPTIONAL + "string");
  }

  /** Whether {@code data} holds {@code c} from {@code start} to {@code end}. */
  private static boolean contains(String data, char c, int start, int end) {
    for (int i = start; i < end; i++) {
      if (data.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** Adds the flags {@code text} refers to; false if it is no template. */
  private static boolean addReferences(String text, List<String> references) {
    try {
      Templates.expand(
          text,
          new UnaryOperator<String>() {
            @Override
            public String apply(String name) {
              references.add(name);
              return "";
            }
          });
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
