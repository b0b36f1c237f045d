package io.github.flagstaff.runtime.flags;

import io.github.flagstaff.syntax.ValueSyntax;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The flag types the processor uses in generated descriptor tables. */
public final class FlagTypes {

  /** Any text; a template. */
  public static final FlagType<String> STRING =
      new Scalar<>("string", true) {
        @Override
        public String parse(String text) {
          return text;
        }
      };

  /** gflags' boolean forms; {@code --b} and {@code --nob} set it. */
  public static final FlagType<Boolean> BOOLEAN =
      new Scalar<>("bool", false) {
        @Override
        public Boolean parse(String text) {
          return ValueSyntax.parseBoolean(text);
        }

        @Override
        public boolean isBoolean() {
          return true;
        }
      };

  /** A 32-bit integer, decimal or {@code 0x} hexadecimal. */
  public static final FlagType<Integer> INT =
      new Scalar<>("int", false) {
        @Override
        public Integer parse(String text) {
          return ValueSyntax.parseInt(text);
        }
      };

  /** A 64-bit integer, decimal or {@code 0x} hexadecimal. */
  public static final FlagType<Long> LONG =
      new Scalar<>("long", false) {
        @Override
        public Long parse(String text) {
          return ValueSyntax.parseLong(text);
        }
      };

  /** A decimal floating-point number. */
  public static final FlagType<Double> DOUBLE =
      new Scalar<>("double", false) {
        @Override
        public Double parse(String text) {
          return ValueSyntax.parseDouble(text);
        }
      };

  /** {@code 250ms}, {@code 90s}, {@code 1h30m}, ISO-8601, or bare seconds. */
  public static final FlagType<Duration> DURATION =
      new Scalar<>("duration", false) {
        @Override
        public Duration parse(String text) {
          return ValueSyntax.parseDuration(text);
        }

        @Override
        public String format(Duration value) {
          return ValueSyntax.formatDuration(value);
        }
      };

  /** A file system path; a template. */
  public static final FlagType<Path> PATH =
      new Scalar<>("path", true) {
        @Override
        public Path parse(String text) {
          try {
            return Path.of(text);
          } catch (InvalidPathException e) {
            throw new IllegalArgumentException("expected path (" + e.getReason() + ")");
          }
        }
      };

  /** An RPC API version, {@code major.minor} such as {@code 1.3}. */
  public static final FlagType<String> VERSION =
      new Scalar<>("version", false) {
        @Override
        public String parse(String text) {
          ValueSyntax.parseVersion(text);
          return text;
        }
      };

  private FlagTypes() {}

  /** One of an enum's constants, matched by name ignoring case. */
  @SafeVarargs
  public static <E extends Enum<E>> FlagType<E> enumOf(E... constants) {
    List<String> names = new ArrayList<>(constants.length);
    for (E constant : constants) {
      names.add(constant.name());
    }
    return new Choice<>(List.of(constants), names);
  }

  /**
   * An enum known only by its constants' names, as the processor sees one when it checks flagfiles:
   * it parses as {@link #enumOf} does, to the constant's name.
   */
  static FlagType<String> enumNamed(List<String> names) {
    return new Choice<>(List.copyOf(names), names);
  }

  /** A string that must be one of {@code choices}, matched exactly. */
  public static FlagType<String> oneOf(String... choices) {
    return new StringChoice(List.of(choices));
  }

  /** {@code type} limited to {@code [min, max]}; a null bound is open. */
  public static <T extends Comparable<T>> FlagType<T> bounded(FlagType<T> type, T min, T max) {
    return new Bounded<>(type, min, max);
  }

  /** Empty unless given. */
  public static <T> FlagType<Optional<T>> optional(FlagType<T> element) {
    return new OptionalOf<>(element);
  }

  /**
   * A comma-separated list ({@code DEFINE_list}, with absl-py's CSV quoting: {@code a,"b,c"}); a
   * later occurrence replaces an earlier one.
   */
  public static <T> FlagType<List<T>> list(FlagType<T> element) {
    return new ListOf<>(element, false);
  }

  /** A flag each occurrence of which appends one element ({@code DEFINE_multistring}). */
  public static <T> FlagType<List<T>> repeated(FlagType<T> element) {
    return new ListOf<>(element, true);
  }

  /** A type of single values; {@link #format} is {@code toString} unless overridden. */
  private abstract static class Scalar<T> implements FlagType<T> {
    private final String name;
    private final boolean template;

    Scalar(String name, boolean template) {
      this.name = name;
      this.template = template;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String format(T value) {
      return value.toString();
    }

    @Override
    public boolean isTemplate() {
      return template;
    }
  }

  /**
   * An enum's constants, matched by name ignoring case: {@code constants.get(i)} is named {@code
   * names.get(i)}.
   */
  private static final class Choice<E> implements FlagType<E> {
    private final List<E> constants;
    private final List<String> names;

    Choice(List<E> constants, List<String> names) {
      this.constants = constants;
      this.names = List.copyOf(names);
    }

    @Override
    public String name() {
      return String.join("|", names);
    }

    @Override
    public E parse(String text) {
      int index = ValueSyntax.indexOfChoice(names, text);
      if (index < 0) {
        throw new IllegalArgumentException("expected one of " + String.join(", ", names));
      }
      return constants.get(index);
    }

    @Override
    public String format(E value) {
      return names.get(constants.indexOf(value));
    }

    @Override
    public List<String> choices() {
      return names;
    }
  }

  private static final class StringChoice extends Scalar<String> {
    private final List<String> choices;

    StringChoice(List<String> choices) {
      super("string", false);
      this.choices = choices;
    }

    @Override
    public String parse(String text) {
      if (!choices.contains(text)) {
        throw new IllegalArgumentException("expected one of " + String.join(", ", choices));
      }
      return text;
    }

    @Override
    public List<String> choices() {
      return choices;
    }
  }

  private static final class Bounded<T extends Comparable<T>> implements FlagType<T> {
    private final FlagType<T> type;
    private final T min;
    private final T max;

    Bounded(FlagType<T> type, T min, T max) {
      this.type = type;
      this.min = min;
      this.max = max;
    }

    @Override
    public String name() {
      return type.name();
    }

    @Override
    public T parse(String text) {
      T value = type.parse(text);
      if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
        throw new IllegalArgumentException("out of range " + range());
      }
      return value;
    }

    @Override
    public String format(T value) {
      return type.format(value);
    }

    @Override
    public List<String> occurrences(T value) {
      return type.occurrences(value);
    }

    @Override
    public String range() {
      if (min != null && max != null) {
        return "[" + type.format(min) + ", " + type.format(max) + "]";
      }
      return min != null
          ? "(minimum " + type.format(min) + ")"
          : "(maximum " + type.format(max) + ")";
    }

    @Override
    public String rangeInHelp() {
      if (min != null && max != null) {
        return "range: " + range();
      }
      return min != null ? "minimum: " + type.format(min) : "maximum: " + type.format(max);
    }
  }

  /**
   * A type made of values of {@code element}'s type, which answers for it what is said of each
   * value: template, choices, range and value name.
   */
  private abstract static class Of<T, V> implements FlagType<V> {
    final FlagType<T> element;

    Of(FlagType<T> element) {
      this.element = element;
    }

    @Override
    public boolean isTemplate() {
      return element.isTemplate();
    }

    @Override
    public List<String> choices() {
      return element.choices();
    }

    @Override
    public String range() {
      return element.range();
    }

    @Override
    public String rangeInHelp() {
      return element.rangeInHelp();
    }

    @Override
    public String valueName() {
      return element.valueName();
    }
  }

  private static final class OptionalOf<T> extends Of<T, Optional<T>> {
    OptionalOf(FlagType<T> element) {
      super(element);
    }

    @Override
    public String name() {
      return element.name();
    }

    @Override
    public Optional<T> parse(String text) {
      return Optional.of(element.parse(text));
    }

    @Override
    public String format(Optional<T> value) {
      return value.isPresent() ? element.format(value.get()) : "";
    }

    @Override
    public Optional<T> absent() {
      return Optional.empty();
    }

    @Override
    public List<String> occurrences(Optional<T> value) {
      return value.isPresent() ? element.occurrences(value.get()) : List.of();
    }
  }

  private static final class ListOf<T> extends Of<T, List<T>> {
    private final boolean repeated;

    ListOf(FlagType<T> element, boolean repeated) {
      super(element);
      this.repeated = repeated;
    }

    @Override
    public String name() {
      return (repeated ? "repeated " : "list<") + element.name() + (repeated ? "" : ">");
    }

    @Override
    public List<T> parse(String text) {
      return repeated ? List.of(element.parse(text)) : parseDefault(text);
    }

    @Override
    public List<T> parseDefault(String text) {
      List<T> out = new ArrayList<>();
      for (String part : ValueSyntax.splitQuotedList(text)) {
        out.add(element.parse(part));
      }
      return Collections.unmodifiableList(out);
    }

    @Override
    public String format(List<T> value) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < value.size(); i++) {
        String text = element.format(value.get(i));
        out.append(i == 0 ? "" : ",").append(repeated ? text : ValueSyntax.quoteListElement(text));
      }
      return out.toString();
    }

    @Override
    public List<T> absent() {
      return List.of();
    }

    @Override
    public List<String> occurrences(List<T> value) {
      List<String> texts = new ArrayList<>();
      for (T item : value) {
        texts.addAll(element.occurrences(item));
      }
      if (repeated) {
        return texts;
      }
      List<String> quoted = new ArrayList<>(texts.size());
      for (String text : texts) {
        if (!text.equals(text.strip())) {
          throw new IllegalArgumentException("list element '" + text + "' has surrounding spaces");
        }
        quoted.add(ValueSyntax.quoteListElement(text));
      }
      return List.of(String.join(",", quoted));
    }

    @Override
    public boolean accumulates() {
      return repeated;
    }

    @Override
    public boolean isList() {
      return !repeated;
    }

    @Override
    public List<T> combine(List<T> earlier, List<T> later) {
      if (!repeated) {
        return later;
      }
      List<T> out = new ArrayList<>(earlier);
      out.addAll(later);
      return Collections.unmodifiableList(out);
    }
  }
}
