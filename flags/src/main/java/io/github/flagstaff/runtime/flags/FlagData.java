package io.github.flagstaff.runtime.flags;

import io.github.flagstaff.syntax.FlagDataFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the compact data the processor writes for each flag set ({@link FlagDataFormat}), turning
 * it into descriptors when they are first needed; generated code calls these methods.
 */
public final class FlagData {

  private FlagData() {}

  /**
   * The module's flag set number {@code position}, the interface {@code type}, whose flags {@code
   * data} describes (in pieces, as compile-time constants hold at most 64 KB each).
   */
  public static <T> FlagSetDefinition<T> flagSet(
      FlagIndex index, int position, Class<T> type, String... data) {
    return new Encoded<>(
        Objects.requireNonNull(index, "index"),
        position,
        Objects.requireNonNull(type, "type"),
        null,
        data);
  }

  /**
   * The flags a generated class declares as data: a service's main class its {@code
   * --<topic>_manager}, a client its {@code --upgrade_levels_<topic>}. There is no interface to
   * view them through, so {@code values.get(type)} is an error.
   */
  public static <T> FlagSetDefinition<T> serviceFlags(Class<T> type, String data) {
    return new Encoded<>(null, -1, Objects.requireNonNull(type, "type"), null, new String[] {data});
  }

  /**
   * A flag set known only as its data, as the processor sees one when it checks flagfiles at build
   * time: the constants of the enum numbered {@code n} in the data are named by {@code
   * enums.get(n)}, and it has no class ({@link FlagSetDefinition#type()} is null) nor typed view.
   */
  public static FlagSetDefinition<Object> dataOnly(List<List<String>> enums, String... data) {
    return new Encoded<>(null, -1, null, List.copyOf(enums), data);
  }

  /**
   * A typed view's {@code toString()}: {@code ServerFlags{port=8080, api_token=****}}, flags by
   * their names, secrets masked.
   *
   * @param data the flag set's data
   * @param values the flags' values, in declaration order
   */
  public static String describe(String data, Object... values) {
    return describe(values, data);
  }

  /** As {@link #describe(String, Object...)}, for data in several pieces. */
  public static String describe(Object[] values, String... data) {
    List<String> lines = lines(data);
    String set = lines.get(0);
    StringBuilder out = new StringBuilder(set.substring(set.lastIndexOf('.') + 1)).append('{');
    for (int i = 1; i < lines.size(); i++) {
      List<String> fields = FlagDataFormat.fields(lines.get(i));
      out.append(i == 1 ? "" : ", ").append(fields.get(0)).append('=');
      boolean secret = fields.subList(3, fields.size()).contains(FlagDataFormat.SECRET);
      out.append(secret ? "****" : values[i - 1]);
    }
    return out.append('}').toString();
  }

  /**
   * The names {@code set} declares: for a set in data, read without decoding its flags (see {@link
   * FlagSetNames}).
   */
  static FlagSetNames names(FlagSetDefinition<?> set) {
    return set instanceof Encoded<?> encoded ? encoded.names() : FlagSetNames.of(set.flags());
  }

  /** Whether {@code set}'s flags were decoded: what tests check a parse leaves alone. */
  static boolean decoded(FlagSetDefinition<?> set) {
    return !(set instanceof Encoded<?> encoded) || encoded.decoded();
  }

  private static String joined(String[] data) {
    return data.length == 1 ? data[0] : String.join("", data);
  }

  private static List<String> lines(String[] data) {
    String all = joined(data);
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int end = all.indexOf(FlagDataFormat.LINE);
        end >= 0;
        end = all.indexOf(FlagDataFormat.LINE, start)) {
      lines.add(all.substring(start, end));
      start = end + 1;
    }
    if (start < all.length()) {
      lines.add(all.substring(start));
    }
    return lines;
  }

  /** The flags {@code lines} describe; the enums they use come from {@code enums}. */
  private static List<FlagDescriptor<?>> decode(Encoded<?> enums, List<String> lines) {
    String set = lines.get(0);
    List<FlagDescriptor<?>> flags = new ArrayList<>(lines.size() - 1);
    for (int i = 1; i < lines.size(); i++) {
      flags.add(descriptor(enums, set, FlagDataFormat.fields(lines.get(i))));
    }
    return List.copyOf(flags);
  }

  private static FlagDescriptor<?> descriptor(Encoded<?> index, String set, List<String> fields) {
    String name = fields.get(0);
    String typeText = fields.get(1);
    String min = null;
    String max = null;
    List<String> choices = new ArrayList<>();
    List<String> aliases = new ArrayList<>();
    String defaultText = null;
    boolean required = false;
    boolean secret = false;
    boolean mutable = false;
    for (String field : fields.subList(3, fields.size())) {
      int equals = field.indexOf('=');
      String key = equals < 0 ? field : field.substring(0, equals);
      String value = equals < 0 ? null : field.substring(equals + 1);
      switch (key) {
        case FlagDataFormat.DEFAULT -> defaultText = value;
        case FlagDataFormat.MIN -> min = value;
        case FlagDataFormat.MAX -> max = value;
        case FlagDataFormat.CHOICE -> choices.add(value);
        case FlagDataFormat.ALIAS -> aliases.add(value);
        case FlagDataFormat.REQUIRED -> required = true;
        case FlagDataFormat.SECRET -> secret = true;
        case FlagDataFormat.MUTABLE -> mutable = true;
        default ->
            throw new IllegalArgumentException("unknown attribute '" + key + "' of --" + name);
      }
    }
    FlagDescriptor.Builder<?> builder =
        FlagDescriptor.builder(name, type(index, typeText, choices, min, max))
            .flagSet(set)
            .help(fields.get(2))
            .defaultText(defaultText)
            .aliases(aliases.toArray(new String[0]));
    if (required) {
      builder.required();
    }
    if (secret) {
      builder.secret();
    }
    if (mutable) {
      builder.mutable();
    }
    return builder.build();
  }

  private static FlagType<?> type(
      Encoded<?> index, String text, List<String> choices, String min, String max) {
    if (text.startsWith(FlagDataFormat.OPTIONAL)) {
      return FlagTypes.optional(
          element(index, text.substring(FlagDataFormat.OPTIONAL.length()), choices, min, max));
    }
    if (text.startsWith(FlagDataFormat.LIST)) {
      return FlagTypes.list(
          element(index, text.substring(FlagDataFormat.LIST.length()), choices, min, max));
    }
    if (text.startsWith(FlagDataFormat.REPEATED)) {
      return FlagTypes.repeated(
          element(index, text.substring(FlagDataFormat.REPEATED.length()), choices, min, max));
    }
    return element(index, text, choices, min, max);
  }

  private static FlagType<?> element(
      Encoded<?> index, String text, List<String> choices, String min, String max) {
    if (text.startsWith(FlagDataFormat.ENUM)) {
      int number = Integer.parseInt(text.substring(FlagDataFormat.ENUM.length()));
      return index.enumType(number);
    }
    switch (text) {
      case "string":
        return choices.isEmpty()
            ? FlagTypes.STRING
            : FlagTypes.oneOf(choices.toArray(new String[0]));
      case "bool":
        return FlagTypes.BOOLEAN;
      case "path":
        return FlagTypes.PATH;
      case "version":
        return FlagTypes.VERSION;
      case "int":
        return bounded(FlagTypes.INT, min, max);
      case "long":
        return bounded(FlagTypes.LONG, min, max);
      case "double":
        return bounded(FlagTypes.DOUBLE, min, max);
      case "duration":
        return bounded(FlagTypes.DURATION, min, max);
      default:
        throw new IllegalArgumentException("unknown flag type '" + text + "'");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static FlagType<?> enumType(Enum<?>[] constants) {
    return FlagTypes.enumOf((Enum[]) constants);
  }

  private static <T extends Comparable<T>> FlagType<T> bounded(
      FlagType<T> type, String min, String max) {
    if (min == null && max == null) {
      return type;
    }
    return FlagTypes.bounded(
        type, min == null ? null : type.parse(min), max == null ? null : type.parse(max));
  }

  /** A flag set whose descriptors are decoded from its data when first asked for. */
  private static final class Encoded<T> implements FlagSetDefinition<T> {
    private final FlagIndex index;
    private final int position;
    private final Class<T> type;
    private final List<List<String>> enumNames;
    private final String[] data;
    private String name;
    private FlagSetNames names;
    private List<FlagDescriptor<?>> flags;

    Encoded(
        FlagIndex index, int position, Class<T> type, List<List<String>> enumNames, String[] data) {
      this.index = index;
      this.position = position;
      this.type = type;
      this.enumNames = enumNames;
      this.data = data.clone();
    }

    @Override
    public Class<T> type() {
      return type;
    }

    @Override
    public synchronized String name() {
      if (name == null) {
        String first = data[0];
        int end = first.indexOf(FlagDataFormat.LINE);
        name = end < 0 ? first : first.substring(0, end);
      }
      return name;
    }

    synchronized FlagSetNames names() {
      if (names == null) {
        names = FlagSetNames.scan(joined(data));
      }
      return names;
    }

    synchronized boolean decoded() {
      return flags != null;
    }

    @Override
    public synchronized List<FlagDescriptor<?>> flags() {
      if (flags == null) {
        flags = decode(this, lines(data));
      }
      return flags;
    }

    /** The type of the enum numbered {@code number} in the data. */
    FlagType<?> enumType(int number) {
      if (enumNames != null) {
        return FlagTypes.enumNamed(enumNames.get(number));
      }
      return FlagData.enumType(index.enumConstants(position, number));
    }

    @Override
    public T bind(FlagValues values) {
      if (index == null) {
        throw new IllegalArgumentException(
            name() + " declares flags as data; it has no typed view: read them by name");
      }
      return type.cast(index.bind(position, values.row(this)));
    }
  }
}
