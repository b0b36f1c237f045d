package mymodule.api;

import io.github.flagstaff.runtime.service.ServiceRecord;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One service in Nova's {@code os-services} shape.
 *
 * @param id the record's id
 * @param binary the program
 * @param host the node
 * @param zone the availability zone; Nova shows {@code internal} for services other than compute
 * @param status {@code enabled} or {@code disabled}
 * @param state {@code up} or {@code down}
 * @param updatedAt when it last reported, ISO-8601; null before it did
 * @param disabledReason why an operator disabled it
 */
public record OsService(
    long id,
    String binary,
    String host,
    String zone,
    String status,
    String state,
    Optional<String> updatedAt,
    Optional<String> disabledReason) {

  /** The service of {@code record}, up if it reported within {@code downTime}. */
  static OsService of(ServiceRecord record, Duration downTime) {
    return new OsService(
        record.id(),
        record.binary(),
        record.host(),
        record.binary().equals("nova-compute") ? "nova" : "internal",
        record.disabled() ? "disabled" : "enabled",
        record.isUp(downTime) ? "up" : "down",
        Optional.ofNullable(record.lastSeenUp()).map(Object::toString),
        Optional.ofNullable(record.disabledReason()));
  }

  /**
   * {@code {"services": [...]}}.
   *
   * @param services the services
   */
  public record Many(List<OsService> services) {}
}
