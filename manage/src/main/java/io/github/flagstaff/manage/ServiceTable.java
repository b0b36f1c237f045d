package io.github.flagstaff.manage;

import io.github.flagstaff.runtime.service.ServiceRecord;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Nova's {@code service list} table, each column as wide as its widest cell. */
final class ServiceTable {
  private static final List<String> HEADER =
      List.of("Binary", "Host", "Topic", "Status", "State", "Updated");
  private static final DateTimeFormatter UPDATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final String GAP = "  ";

  private ServiceTable() {}

  /** The table of {@code records}, up when they reported within {@code serviceDownTime}. */
  static String render(List<ServiceRecord> records, Duration serviceDownTime) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ServiceRecord record : records) {
      rows.add(
          List.of(
              record.binary(),
              record.host(),
              record.topic(),
              record.disabled() ? "disabled" : "enabled",
              record.isUp(serviceDownTime) ? ":-)" : "XXX",
              record.updatedAt() == null ? "-" : UPDATED.format(record.updatedAt())));
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      int last = widths.length - 1;
      for (int i = 0; i < last; i++) {
        out.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length())).append(GAP);
      }
      out.append(row.get(last)).append('\n');
    }
    return out.toString();
  }
}
