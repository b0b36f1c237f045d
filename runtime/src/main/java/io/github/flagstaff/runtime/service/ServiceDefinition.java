package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.flags.FlagIndex;
import io.github.flagstaff.runtime.flags.FlagValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A service as the processor sees it: topic, binary, its main class, and the managers that can
 * serve it. The main class declares the {@code <topic>_manager} flag as data, which the module's
 * flag index lists under the main class's name.
 */
public final class ServiceDefinition {
  private final String topic;
  private final String binary;
  private final Class<?> main;
  private final List<ManagerFactory> managers;
  private final boolean managerFlagged;
  private final FlagIndex flagIndex;

  private ServiceDefinition(Builder builder) {
    this.topic = builder.topic;
    this.binary = builder.binary;
    this.main = builder.main;
    this.managers = List.copyOf(builder.managers);
    this.managerFlagged = builder.managerFlagged;
    this.flagIndex = builder.flagIndex;
  }

  /**
   * Starts the definition of {@code binary}, which serves {@code topic} and is run by {@code main}.
   */
  public static Builder builder(String topic, String binary, Class<?> main) {
    return new Builder(topic, binary, main);
  }

  /** The topic, such as {@code network}. */
  public String topic() {
    return topic;
  }

  /** The program's name, such as {@code nova-network}. */
  public String binary() {
    return binary;
  }

  /** The name of the flag that names the manager class: {@code <topic>_manager}. */
  public String managerFlag() {
    return topic + "_manager";
  }

  /** The manager class {@code values} choose. */
  public String managerName(FlagValues values) {
    if (!managerFlagged) {
      return managers.get(0).name();
    }
    Object name = values.get(managerFlag(), null);
    if (name == null) {
      throw new IllegalArgumentException(
          "flag --" + managerFlag() + " is not known; its flag set is " + main.getName());
    }
    return (String) name;
  }

  /** The managers that can serve the topic. */
  public List<ManagerFactory> managers() {
    return managers;
  }

  /** The manager called {@code name}, or null. */
  public ManagerFactory manager(String name) {
    for (ManagerFactory manager : managers) {
      if (manager.name().equals(name)) {
        return manager;
      }
    }
    return null;
  }

  /**
   * The flag sets {@code --helpshort} shows: the manager flag's (the main class), the managers'.
   */
  public List<Class<?>> keyFlagSets() {
    Set<Class<?>> sets = new LinkedHashSet<>();
    sets.add(main);
    for (ManagerFactory manager : managers) {
      sets.addAll(manager.flagSets());
    }
    return new ArrayList<>(sets);
  }

  /** The flag index of the main class's module, if the definition names it. */
  public Optional<FlagIndex> flagIndex() {
    return Optional.ofNullable(flagIndex);
  }

  @Override
  public String toString() {
    return binary + " (topic " + topic + ")";
  }

  /** Builds a {@link ServiceDefinition}. */
  public static final class Builder {
    private final String topic;
    private final String binary;
    private final Class<?> main;
    private final List<ManagerFactory> managers = new ArrayList<>();
    private boolean managerFlagged = true;
    private FlagIndex flagIndex;

    private Builder(String topic, String binary, Class<?> main) {
      this.topic = Objects.requireNonNull(topic, "topic");
      this.binary = Objects.requireNonNull(binary, "binary");
      this.main = Objects.requireNonNull(main, "main");
    }

    /** A manager that can serve the topic. */
    public Builder manager(ManagerFactory manager) {
      managers.add(manager);
      return this;
    }

    /**
     * The service has one manager and no {@code --<topic>_manager} flag (a web binary, as Nova's
     * {@code WSGIService} without a manager flag).
     */
    public Builder noManagerFlag() {
      managerFlagged = false;
      return this;
    }

    /**
     * The flag index of the main class's module, which lists the main's flag set and its managers':
     * a launch parses with it and the runtime's while it discovers the class path's others, rather
     * than waiting for every jar to be opened first.
     */
    public Builder flagIndex(FlagIndex index) {
      flagIndex = Objects.requireNonNull(index, "index");
      return this;
    }

    /** The definition. */
    public ServiceDefinition build() {
      if (!managerFlagged && managers.size() != 1) {
        throw new IllegalStateException(binary + ": without a manager flag, one manager");
      }
      return new ServiceDefinition(this);
    }
  }
}
