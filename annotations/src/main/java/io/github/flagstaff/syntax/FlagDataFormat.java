package io.github.flagstaff.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The compact text in which the processor writes a flag set's flags and the runtime reads them. A
 * flag set is its qualified name on the first line, then one line per flag: fields separated by
 * tabs, first the flag's name, its type and its help, then attributes such as {@code default=8080}
 * or {@code secret}:
 *
 * <pre>
 * test.ServerFlags
 * port	int	Port to listen on.	default=8080	min=1	max=65535
 * mode	enum:0	Network mode.	default=vlan
 * header	repeated string	Extra headers.
 * </pre>
 *
 * <p>A type is an element type ({@code string}, {@code bool}, {@code int}, {@code long}, {@code
 * double}, {@code duration}, {@code path}, {@code version} (an RPC API version, which only
 * generated flags use), or {@code enum:N}, the module's N-th enum), after {@code optional }, {@code
 * list } or {@code repeated } for the other shapes. In every field a backslash, a tab and a line
 * break are written {@code \\}, {@code \t} and {@code \n}.
 */
public final class FlagDataFormat {
  /** Separates the fields of a line. */
  public static final char FIELD = '\t';

  /** Ends a line. */
  public static final char LINE = '\n';

  /** Attribute names; those with a value are followed by {@code =}. */
  public static final String DEFAULT = "default";

  public static final String MIN = "min";
  public static final String MAX = "max";
  public static final String ALIAS = "alias";
  public static final String CHOICE = "choice";
  public static final String REQUIRED = "required";
  public static final String SECRET = "secret";
  public static final String MUTABLE = "mutable";

  /** Shape prefixes of a type. */
  public static final String OPTIONAL = "optional ";

  public static final String LIST = "list ";
  public static final String REPEATED = "repeated ";

  /** How an enum element type starts; the enum's number in the module follows. */
  public static final String ENUM = "enum:";

  private FlagDataFormat() {}

  /** {@code text} with backslashes, tabs and line breaks escaped, so it fits in one field. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The fields of one line, unescaped. */
  public static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == FIELD) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        field.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
