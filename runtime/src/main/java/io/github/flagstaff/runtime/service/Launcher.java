package io.github.flagstaff.runtime.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The busybox launcher: {@code Launcher nova-network --flags...} runs the service whose binary is
 * named by the first argument, so one jar and a {@code bin/nova-*} link per service reproduce
 * Nova's {@code bin/} convention, the name a program was started under picking its service.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    List<ServiceDefinition> services = services();
    if (args.length == 0) {
      System.err.println("usage: Launcher <binary> [flags]; binaries: " + binaries(services));
      System.exit(1);
    }
    String binary = Path.of(args[0]).getFileName().toString();
    for (ServiceDefinition service : services) {
      if (service.binary().equals(binary)) {
        ServiceLauncher.launch(service, Arrays.copyOfRange(args, 1, args.length));
        return;
      }
    }
    System.err.println(
        "flagstaff: no service is called '" + binary + "'; known: " + binaries(services));
    System.exit(1);
  }

  /** Every service on the class path, found through {@link ServiceLoader}. */
  static List<ServiceDefinition> services() {
    List<ServiceDefinition> services = new ArrayList<>();
    for (ServiceIndex index :
        ServiceLoader.load(ServiceIndex.class, Launcher.class.getClassLoader())) {
      services.addAll(index.services());
    }
    return services;
  }

  private static String binaries(List<ServiceDefinition> services) {
    return String.join(", ", services.stream().map(ServiceDefinition::binary).sorted().toList());
  }
}
