package io.github.flagstaff.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.flagstaff.runtime.service.ServiceRecord;
import io.github.flagstaff.sql.JdbcServiceStore;
import io.github.flagstaff.sql.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code service list|disable|enable} on real SQLite and PostgreSQL databases. */
class ServiceCommandsTest {
  private static final List<String> KEYS =
      List.of(
          "binary",
          "host",
          "topic",
          "status",
          "state",
          "disabled_reason",
          "report_count",
          "updated_at",
          "last_seen_up",
          "seconds_since_seen");

  @TempDir Path dir;
  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (int i = closing.size() - 1; i >= 0; i--) {
      closing.get(i).close();
    }
  }

  private TestDatabase database(String kind) {
    TestDatabase database = TestDatabase.of(kind, dir);
    closing.add(database);
    return database;
  }

  private JdbcServiceStore store(TestDatabase database) {
    JdbcServiceStore store = Manage.store(database.url());
    closing.add(store);
    return store;
  }

  /** A timestamp literal in UTC for {@code kind}. */
  private static String at(String kind, String time) {
    return kind.equals("sqlite") ? "'" + time + ".000'" : "TIMESTAMPTZ '" + time + "+00'";
  }

  /**
   * Three services: nova-compute on a, up and reported twice; on bb-long-host, reported once, then
   * disabled, and not seen since 2000; nova-scheduler on s, registered and never reported.
   */
  private JdbcServiceStore threeServices(String kind, TestDatabase database) throws SQLException {
    JdbcServiceStore store = store(database);
    long a = store.register("a", "nova-compute", "compute").id();
    long b = store.register("bb-long-host", "nova-compute", "compute").id();
    store.register("s", "nova-scheduler", "scheduler");
    store.report(a);
    store.report(a);
    store.report(b);
    store.setDisabled("bb-long-host", "nova-compute", true, "disk failed");
    database.execute(
        "UPDATE services SET updated_at = "
            + at(kind, "2001-02-03 04:05:06")
            + " WHERE host = 'a'");
    database.execute(
        "UPDATE services SET updated_at = "
            + at(kind, "2000-01-01 00:00:00")
            + ", last_seen_up = "
            + at(kind, "2000-01-01 00:00:00")
            + " WHERE host = 'bb-long-host'");
    return store;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void listPrintsATableWhoseColumnsFitTheirContent(String kind) throws Exception {
    TestDatabase database = database(kind);
    threeServices(kind, database);

    Manage.Result result = Manage.run("service", "list", "--sql_connection=" + database.url());

    assertEquals(
        String.join(
            "\n",
            "Binary          Host          Topic      Status    State  Updated",
            "nova-compute    a             compute    enabled   :-)    2001-02-03 04:05:06",
            "nova-compute    bb-long-host  compute    disabled  XXX    2000-01-01 00:00:00",
            "nova-scheduler  s             scheduler  enabled   :-)    -",
            ""),
        result.out());
    assertEquals("", result.err());
    assertEquals(0, result.exitCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void listOfAnEmptyStorePrintsTheHeaderOrAnEmptyArray(String kind) throws IOException {
    String url = "--sql_connection=" + database(kind).url();

    Manage.Result table = Manage.run("service", "list", url);
    Manage.Result json = Manage.run("service", "list", "--format=json", url);

    assertEquals("Binary  Host  Topic  Status  State  Updated\n", table.out());
    assertEquals(0, table.exitCode());
    assertEquals(List.of(), objects(json.out()));
    assertEquals("", json.err());
    assertEquals(0, json.exitCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void listAsJsonHasOneObjectPerRecordWithTheKeysInOrder(String kind) throws Exception {
    TestDatabase database = database(kind);
    JdbcServiceStore store = threeServices(kind, database);
    ServiceRecord a = store.all().get(0);

    Manage.Result result =
        Manage.run("service", "list", "--format=json", "--sql_connection=" + database.url());

    assertEquals("", result.err());
    assertEquals(0, result.exitCode());
    List<Map<String, Object>> objects = objects(result.out());
    assertEquals(3, objects.size());
    for (Map<String, Object> object : objects) {
      assertEquals(KEYS, List.copyOf(object.keySet()));
    }

    Map<String, Object> up = objects.get(0);
    assertEquals("nova-compute", up.get("binary"));
    assertEquals("a", up.get("host"));
    assertEquals("compute", up.get("topic"));
    assertEquals("enabled", up.get("status"));
    assertEquals("up", up.get("state"));
    assertNull(up.get("disabled_reason"));
    assertEquals(new BigDecimal(2), up.get("report_count"));
    assertEquals("2001-02-03T04:05:06Z", up.get("updated_at"));
    assertEquals(a.lastSeenUp().toString(), up.get("last_seen_up"));
    BigDecimal upSeconds = (BigDecimal) up.get("seconds_since_seen");
    assertTrue(upSeconds.signum() >= 0 && upSeconds.compareTo(new BigDecimal(60)) < 0, "" + up);

    Map<String, Object> down = objects.get(1);
    assertEquals("bb-long-host", down.get("host"));
    assertEquals("disabled", down.get("status"));
    assertEquals("down", down.get("state"));
    assertEquals("disk failed", down.get("disabled_reason"));
    assertEquals(new BigDecimal(1), down.get("report_count"));
    assertEquals("2000-01-01T00:00:00Z", down.get("updated_at"));
    assertEquals("2000-01-01T00:00:00Z", down.get("last_seen_up"));
    BigDecimal twentyYears = BigDecimal.valueOf(Duration.ofDays(20 * 365).toSeconds());
    assertTrue(((BigDecimal) down.get("seconds_since_seen")).compareTo(twentyYears) > 0, "" + down);

    Map<String, Object> never = objects.get(2);
    assertEquals("nova-scheduler", never.get("binary"));
    assertEquals("up", never.get("state"), "a new record counts from its creation");
    assertEquals(new BigDecimal(0), never.get("report_count"));
    assertNull(never.get("updated_at"));
    assertNull(never.get("last_seen_up"));
    assertInstanceOf(BigDecimal.class, never.get("seconds_since_seen"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void stateFollowsServiceDownTime(String kind) throws Exception {
    TestDatabase database = database(kind);
    threeServices(kind, database);

    Manage.Result result =
        Manage.run(
            "service",
            "list",
            "--format=json",
            "--service_down_time=36500d",
            "--sql_connection=" + database.url());

    assertEquals(0, result.exitCode());
    for (Map<String, Object> object : objects(result.out())) {
      assertEquals("up", object.get("state"), "seen within a century: " + object);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void disableKeepsTheServiceReportingButUnavailableAndEnableUndoesIt(String kind) {
    TestDatabase database = database(kind);
    JdbcServiceStore store = store(database);
    long id = store.register("a", "nova-compute", "compute").id();
    Duration downTime = Duration.ofSeconds(60);

    Manage.Result disabled =
        Manage.run(
            "service",
            "disable",
            "--host=a",
            "--binary=nova-compute",
            "--reason=new disks",
            "--sql_connection=" + database.url());

    assertEquals(
        "Disabled nova-compute on host a (reason: new disks); it is not scheduled to until"
            + " enabled.\n",
        disabled.out());
    assertEquals("", disabled.err());
    assertEquals(0, disabled.exitCode());
    assertTrue(store.report(id), "a disabled service keeps reporting");
    ServiceRecord record = store.get(id).orElseThrow();
    assertTrue(record.disabled());
    assertEquals("new disks", record.disabledReason());
    assertEquals(1, record.reportCount());
    assertTrue(record.isUp(downTime));
    assertFalse(record.isAvailable(downTime));

    Manage.Result enabled =
        Manage.run(
            "service",
            "enable",
            "--host=a",
            "--binary=nova-compute",
            "--sql_connection=" + database.url());

    assertEquals("Enabled nova-compute on host a.\n", enabled.out());
    assertEquals("", enabled.err());
    assertEquals(0, enabled.exitCode());
    record = store.get(id).orElseThrow();
    assertFalse(record.disabled());
    assertNull(record.disabledReason());
    assertTrue(record.isAvailable(downTime));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void disableWithoutAReasonRecordsNone(String kind) {
    TestDatabase database = database(kind);
    JdbcServiceStore store = store(database);
    long id = store.register("a", "nova-compute", "compute").id();

    Manage.Result result =
        Manage.run(
            "service",
            "disable",
            "--host=a",
            "--binary=nova-compute",
            "--sql_connection=" + database.url());

    assertEquals(
        "Disabled nova-compute on host a; it is not scheduled to until enabled.\n", result.out());
    assertEquals(0, result.exitCode());
    assertTrue(store.get(id).orElseThrow().disabled());
    assertNull(store.get(id).orElseThrow().disabledReason());
  }

  @ParameterizedTest
  @CsvSource({"sqlite,disable", "sqlite,enable", "postgresql,disable", "postgresql,enable"})
  void disablingOrEnablingAServiceThatDoesNotExistFails(String kind, String verb) {
    TestDatabase database = database(kind);
    JdbcServiceStore store = store(database);
    store.register("a", "nova-compute", "compute");

    Manage.Result result =
        Manage.run(
            "service",
            verb,
            "--host=a",
            "--binary=nova-network",
            "--sql_connection=" + database.url());

    assertEquals(
        "flagstaff-manage: service "
            + verb
            + ": no service nova-network on host a in the service store; see service list\n",
        result.err());
    assertEquals("", result.out());
    assertEquals(1, result.exitCode());
    assertFalse(store.all().get(0).disabled());
  }

  @ParameterizedTest
  @CsvSource({
    "disable, --host=a, --binary",
    "disable, --binary=nova-compute, --host",
    "disable, --verbose, --host and --binary",
    "enable, --host=a, --binary",
    "enable, --binary=nova-compute, --host",
    "enable, --verbose, --host and --binary"
  })
  void disableAndEnableNeedHostAndBinaryAndTouchNoStoreWithoutThem(
      String verb, String given, String missing) {
    Path file = dir.resolve("nova.sqlite");

    Manage.Result result =
        Manage.run("service", verb, given, "--sql_connection=jdbc:sqlite:" + file);

    assertEquals(
        "flagstaff-manage: service "
            + verb
            + " needs "
            + missing
            + " to name the service\n"
            + "Try 'flagstaff-manage --help' for the commands and flags.\n",
        result.err());
    assertEquals("", result.out());
    assertEquals(1, result.exitCode());
    assertFalse(Files.exists(file), "the store is not opened for a wrong command line");
  }

  /** The objects of a JSON array, each a map in key order of strings, decimals and nulls. */
  private static List<Map<String, Object>> objects(String json) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      assertEquals(JsonToken.START_ARRAY, parser.nextToken());
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          object.put(
              name,
              switch (value) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
                case VALUE_NULL -> null;
                default -> throw new AssertionError("unexpected " + value + " in " + json);
              });
        }
        out.add(object);
      }
      assertEquals(JsonToken.END_ARRAY, parser.currentToken());
      assertNull(parser.nextToken(), "one array and nothing after it");
    }
    return out;
  }
}
