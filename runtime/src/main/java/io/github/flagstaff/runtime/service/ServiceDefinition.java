package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.flags.FlagDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A service as the processor sees it: topic, binary, the {@code <topic>_manager} flag, and the
 * managers that can serve it.
 */
public final class ServiceDefinition {
  private final String topic;
  private final String binary;
  private final Class<?> managerFlagSet;
  private final FlagDescriptor<String> managerFlag;
  private final List<ManagerFactory> managers;

  private ServiceDefinition(Builder builder) {
    this.topic = builder.topic;
    this.binary = builder.binary;
    this.managerFlagSet = Objects.requireNonNull(builder.managerFlagSet, "managerFlagSet");
    this.managerFlag = Objects.requireNonNull(builder.managerFlag, "managerFlag");
    this.managers = List.copyOf(builder.managers);
  }

  /** Starts the definition of {@code binary}, which serves {@code topic}. */
  public static Builder builder(String topic, String binary) {
    return new Builder(topic, binary);
  }

  /** The topic, such as {@code network}. */
  public String topic() {
    return topic;
  }

  /** The program's name, such as {@code nova-network}. */
  public String binary() {
    return binary;
  }

  /** The flag that names the manager class. */
  public FlagDescriptor<String> managerFlag() {
    return managerFlag;
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

  /** The flag sets {@code --helpshort} shows: the managers' own, and the manager flag's. */
  public List<Class<?>> keyFlagSets() {
    Set<Class<?>> sets = new LinkedHashSet<>();
    sets.add(managerFlagSet);
    for (ManagerFactory manager : managers) {
      sets.addAll(manager.flagSets());
    }
    return new ArrayList<>(sets);
  }

  @Override
  public String toString() {
    return binary + " (topic " + topic + ")";
  }

  /** Builds a {@link ServiceDefinition}. */
  public static final class Builder {
    private final String topic;
    private final String binary;
    private Class<?> managerFlagSet;
    private FlagDescriptor<String> managerFlag;
    private final List<ManagerFactory> managers = new ArrayList<>();

    private Builder(String topic, String binary) {
      this.topic = Objects.requireNonNull(topic, "topic");
      this.binary = Objects.requireNonNull(binary, "binary");
    }

    /** The generated flag set that declares {@code flag}, and the flag itself. */
    public Builder managerFlag(Class<?> flagSet, FlagDescriptor<String> flag) {
      this.managerFlagSet = flagSet;
      this.managerFlag = flag;
      return this;
    }

    /** A manager that can serve the topic. */
    public Builder manager(ManagerFactory manager) {
      managers.add(manager);
      return this;
    }

    /** The definition. */
    public ServiceDefinition build() {
      return new ServiceDefinition(this);
    }
  }
}
