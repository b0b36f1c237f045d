package io.github.flagstaff.runtime.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A service's row in the service store, as Nova's {@code services} table: who runs where, whether
 * it may be scheduled to, and how long ago it last reported.
 *
 * @param id the store's key
 * @param host the node
 * @param binary the program, such as {@code nova-network}
 * @param topic the topic
 * @param reportCount how many times it has reported
 * @param disabled whether an operator took it out of scheduling
 * @param disabledReason why, if the operator said; null otherwise
 * @param createdAt when the record was created
 * @param updatedAt when it last changed (a report or an operator's change); null before either
 * @param lastSeenUp when it last reported; null before its first report. Only heartbeats write it
 * @param sinceLastSeen how long before the store's "now" it last reported (or was created), by the
 *     store's clock: hosts with skewed clocks neither look down nor up because of it
 */
public record ServiceRecord(
    long id,
    String host,
    String binary,
    String topic,
    long reportCount,
    boolean disabled,
    String disabledReason,
    Instant createdAt,
    Instant updatedAt,
    Instant lastSeenUp,
    Duration sinceLastSeen) {

  /** Checks the parts. */
  public ServiceRecord {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(binary, "binary");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(sinceLastSeen, "sinceLastSeen");
  }

  /**
   * Nova's liveness rule, on {@code last_seen_up}: up when it reported (or was created) less than
   * {@code serviceDownTime} before the store's now.
   */
  public boolean isUp(Duration serviceDownTime) {
    return sinceLastSeen.compareTo(serviceDownTime) < 0;
  }

  /** Up, and not disabled: a service that may be given work. */
  public boolean isAvailable(Duration serviceDownTime) {
    return !disabled && isUp(serviceDownTime);
  }
}
