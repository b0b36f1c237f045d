package io.github.flagstaff.runtime.rpc;

import java.util.Objects;

/**
 * Where a message goes: any one host serving a topic ({@code compute}), one named host ({@code
 * compute.a}), or every host of the topic (fan-out).
 *
 * @param topic the topic
 * @param host the host, for one host; else null
 * @param fanout whether every host of the topic gets it
 */
public record Target(String topic, String host, boolean fanout) {

  /** Checks the parts. */
  public Target {
    Objects.requireNonNull(topic, "topic");
    if (fanout && host != null) {
      throw new IllegalArgumentException("a fan-out goes to every host, not to " + host);
    }
  }

  /** Any one host of {@code topic}. */
  public static Target topic(String topic) {
    return new Target(topic, null, false);
  }

  /** The host {@code host} of {@code topic}. */
  public static Target host(String topic, String host) {
    return new Target(topic, Objects.requireNonNull(host, "host"), false);
  }

  /** Every host of {@code topic}. */
  public static Target fanout(String topic) {
    return new Target(topic, null, true);
  }

  /** The queue or routing key: {@code compute}, {@code compute.a}, or {@code compute_fanout}. */
  public String address() {
    return fanout ? topic + "_fanout" : host == null ? topic : topic + "." + host;
  }

  @Override
  public String toString() {
    return address();
  }
}
