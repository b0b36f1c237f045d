package io.github.flagstaff.manage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.flagstaff.runtime.service.ServiceRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code service list --format=json}: an array with one object per service, for scripts. Times are
 * ISO-8601 instants; {@code seconds_since_seen} counts by the store's clock, to the millisecond.
 */
final class ServiceJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ServiceJson() {}

  /** The JSON of {@code records}, up when they reported within {@code serviceDownTime}. */
  static String render(List<ServiceRecord> records, Duration serviceDownTime) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      json.writeStartArray();
      for (ServiceRecord record : records) {
        json.writeStartObject();
        json.writeStringField("binary", record.binary());
        json.writeStringField("host", record.host());
        json.writeStringField("topic", record.topic());
        json.writeStringField("status", record.disabled() ? "disabled" : "enabled");
        json.writeStringField("state", record.isUp(serviceDownTime) ? "up" : "down");
        json.writeStringField("disabled_reason", record.disabledReason());
        json.writeNumberField("report_count", record.reportCount());
        writeInstant(json, "updated_at", record.updatedAt());
        writeInstant(json, "last_seen_up", record.lastSeenUp());
        json.writeNumberField(
            "seconds_since_seen", BigDecimal.valueOf(record.sinceLastSeen().toMillis(), 3));
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append('\n').toString();
  }

  private static void writeInstant(JsonGenerator json, String name, Instant instant)
      throws IOException {
    json.writeStringField(name, instant == null ? null : instant.toString());
  }
}
