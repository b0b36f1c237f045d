package io.github.flagstaff.runtime.service;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The machine's hostname, Nova's default for {@code --host}. */
final class Hostnames {

  private Hostnames() {}

  static String local() {
    String fromEnvironment = System.getenv("HOSTNAME");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
