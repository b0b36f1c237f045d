package io.github.flagstaff.runtime.flags;

import java.util.List;
import java.util.Objects;

/**
 * Everything known about one flag at compile time. The processor writes each flag set's flags as
 * compact data, which {@link FlagData} decodes into descriptors when they are first needed.
 *
 * @param <T> the value type
 */
public final class FlagDescriptor<T> {
  private final String name;
  private final FlagType<T> type;
  private final String flagSet;
  private final String help;
  private final String defaultText;
  private final boolean required;
  private final boolean secret;
  private final boolean mutable;
  private final List<String> aliases;

  private FlagDescriptor(Builder<T> builder) {
    this.name = builder.name;
    this.type = builder.type;
    this.flagSet = Objects.requireNonNull(builder.flagSet, "flagSet");
    this.help = Objects.requireNonNull(builder.help, "help");
    this.defaultText = builder.defaultText;
    this.required = builder.required;
    this.secret = builder.secret;
    this.mutable = builder.mutable;
    this.aliases = List.copyOf(builder.aliases);
  }

  /** Starts a descriptor for the flag {@code --name} of the given type. */
  public static <T> Builder<T> builder(String name, FlagType<T> type) {
    return new Builder<>(name, type);
  }

  /** The flag's name, without dashes. */
  public String name() {
    return name;
  }

  /** How values are parsed and printed. */
  public FlagType<T> type() {
    return type;
  }

  /** The qualified name of the interface that declares the flag. */
  public String flagSet() {
    return flagSet;
  }

  /** The help text. */
  public String help() {
    return help;
  }

  /** The default as written in {@code @Flag(defaultValue)}, or null when there is none. */
  public String defaultText() {
    return defaultText;
  }

  /** Whether the flag must be given. */
  public boolean required() {
    return required;
  }

  /** Whether values are masked as {@code ****} when printed. */
  public boolean secret() {
    return secret;
  }

  /** Whether a running service may apply a new value without a restart. */
  public boolean mutable() {
    return mutable;
  }

  /** Deprecated names that still work. */
  public List<String> aliases() {
    return aliases;
  }

  /** This flag's entry in {@code --help}, in gflags' layout (see {@link FlagUsage}). */
  public String usage() {
    return FlagUsage.render(this);
  }

  /** {@code value} as printed: masked for a secret flag. */
  public String display(T value) {
    if (secret) {
      return "****";
    }
    return value == null ? "" : type.format(value);
  }

  @Override
  public String toString() {
    return "--" + name + " (" + type.name() + ", " + flagSet + ")";
  }

  /** Builds a {@link FlagDescriptor}. */
  public static final class Builder<T> {
    private final String name;
    private final FlagType<T> type;
    private String flagSet;
    private String help;
    private String defaultText;
    private boolean required;
    private boolean secret;
    private boolean mutable;
    private List<String> aliases = List.of();

    private Builder(String name, FlagType<T> type) {
      this.name = Objects.requireNonNull(name, "name");
      this.type = Objects.requireNonNull(type, "type");
    }

    /** The qualified name of the declaring interface. */
    public Builder<T> flagSet(String flagSet) {
      this.flagSet = flagSet;
      return this;
    }

    /** The help text. */
    public Builder<T> help(String help) {
      this.help = help;
      return this;
    }

    /** The default, as text the type parses. */
    public Builder<T> defaultText(String defaultText) {
      this.defaultText = defaultText;
      return this;
    }

    /** Marks the flag as required. */
    public Builder<T> required() {
      this.required = true;
      return this;
    }

    /** Marks the value as secret. */
    public Builder<T> secret() {
      this.secret = true;
      return this;
    }

    /** Marks the flag as mutable at run time. */
    public Builder<T> mutable() {
      this.mutable = true;
      return this;
    }

    /** Deprecated names that still work. */
    public Builder<T> aliases(String... aliases) {
      this.aliases = List.of(aliases);
      return this;
    }

    /** The descriptor. */
    public FlagDescriptor<T> build() {
      return new FlagDescriptor<>(this);
    }
  }
}
