package io.github.flagstaff.runtime.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A service's row in the service store, as Nova's {@code services} table: who runs where, and when
 * it last reported.
 *
 * @param id the store's key
 * @param host the node
 * @param binary the program, such as {@code nova-network}
 * @param topic the topic
 * @param reportCount how many times it has reported
 * @param createdAt when the record was created
 * @param updatedAt when it last reported; null before the first report
 */
public record ServiceRecord(
    long id,
    String host,
    String binary,
    String topic,
    long reportCount,
    Instant createdAt,
    Instant updatedAt) {

  /** Checks the parts. */
  public ServiceRecord {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(binary, "binary");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** This record after one more report at {@code now}. */
  public ServiceRecord reported(Instant now) {
    return new ServiceRecord(id, host, binary, topic, reportCount + 1, createdAt, now);
  }

  /**
   * Nova's liveness rule: up when it reported (or was created) less than {@code serviceDownTime}
   * before {@code now}.
   */
  public boolean isUp(Instant now, Duration serviceDownTime) {
    Instant last = updatedAt != null ? updatedAt : createdAt;
    return Duration.between(last, now).compareTo(serviceDownTime) < 0;
  }
}
