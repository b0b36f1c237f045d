package io.github.flagstaff.runtime.web;

/**
 * The JDK HTTP server's limits on the request head and the time to read a request, which it reads
 * once per process from system properties: set from the first web service's flags, unless the JVM
 * was started with them.
 */
final class ServerLimits {
  private static final String HEADER_SIZE = "sun.net.httpserver.maxReqHeaderSize";
  private static final String READ_TIME = "sun.net.httpserver.maxReqTime";

  private ServerLimits() {}

  static synchronized void apply(WebFlags flags) {
    if (System.getProperty(HEADER_SIZE) == null) {
      System.setProperty(HEADER_SIZE, Integer.toString(flags.maxRequestHeaderSize()));
    }
    if (System.getProperty(READ_TIME) == null) {
      long seconds = Math.max(1, (flags.requestReadTimeout().toMillis() + 999) / 1000);
      System.setProperty(READ_TIME, Long.toString(seconds));
    }
  }
}
