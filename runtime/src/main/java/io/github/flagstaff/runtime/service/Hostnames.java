package io.github.flagstaff.runtime.service;

import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * The machine's hostname, Nova's default for {@code --host}: the kernel's ({@code
 * /proc/sys/kernel/hostname}, as {@code hostname(1)} prints it), else {@code $HOSTNAME}, and only
 * then a resolver lookup ({@link InetAddress#getLocalHost()}), which can take seconds.
 */
final class Hostnames {
  private static final String KERNEL = "/proc/sys/kernel/hostname";

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

  /**
   * Read through {@link FileInputStream}, whose classes the JDK's class-data archive holds (a file
   * channel's two dozen classes it does not). A hostname is at most 64 bytes.
   */
  private static String kernel() {
    try (FileInputStream in = new FileInputStream(KERNEL)) {
      return new String(in.readNBytes(256), StandardCharsets.UTF_8).strip();
    } catch (IOException | SecurityException e) {
      return "";
    }
  }
}
