package io.github.flagstaff.runtime.service;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's hostname, Nova's default for {@code --host}: the kernel's ({@code
 * /proc/sys/kernel/hostname}, as {@code hostname(1)} prints it), else {@code $HOSTNAME}, and only
 * then a resolver lookup ({@link InetAddress#getLocalHost()}), which can take seconds.
 */
final class Hostnames {
  private static final Path KERNEL = Path.of("/proc/sys/kernel/hostname");

  private Hostnames() {}

  static String local() {
    String name = kernel();
    if (name.isEmpty()) {
      String fromEnvironment = System.getenv("HOSTNAME");
      name = fromEnvironment != null ? fromEnvironment.strip() : "";
    }
    if (!name.isEmpty()) {
      return name;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  private static String kernel() {
    try {
      return new String(Files.readAllBytes(KERNEL), StandardCharsets.UTF_8).strip();
    } catch (IOException | SecurityException e) {
      return "";
    }
  }
}
