package io.github.flagstaff.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.runtime.service.ServiceRecord;
import io.github.flagstaff.runtime.service.ServiceStoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Service records in real SQLite and PostgreSQL databases. */
class JdbcServiceStoreTest {
  private static final Duration DOWN_TIME = Duration.ofSeconds(60);

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
    JdbcServiceStore store =
        new JdbcServiceStore(
            database.url().startsWith("jdbc:sqlite:") ? Dialect.SQLITE : Dialect.POSTGRESQL,
            database.url(),
            new Properties());
    closing.add(store);
    return store;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aRegisteredServiceIsFoundAgainAndReportsByTheDatabasesClock(String kind) {
    JdbcServiceStore store = store(database(kind));
    ServiceRecord created = store.register("a", "nova-compute", "compute");
    assertEquals(0, created.reportCount());
    assertNull(created.lastSeenUp());
    assertTrue(created.isUp(DOWN_TIME), "a new record counts from its creation");
    assertEquals(created.id(), store.register("a", "nova-compute", "compute").id());

    assertTrue(store.report(created.id()));
    assertTrue(store.report(created.id()));
    ServiceRecord reported = store.get(created.id()).orElseThrow();
    assertEquals(2, reported.reportCount());
    assertNotNull(reported.lastSeenUp());
    assertEquals(reported.lastSeenUp(), reported.updatedAt());
    assertTrue(reported.sinceLastSeen().compareTo(Duration.ofSeconds(30)) < 0);
    assertTrue(reported.isUp(DOWN_TIME));
    assertFalse(store.report(created.id() + 1000));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void anOperatorsUpdateDoesNotMakeADeadServiceLookUp(String kind) throws Exception {
    TestDatabase database = database(kind);
    JdbcServiceStore store = store(database);
    long id = store.register("b", "nova-compute", "compute").id();
    store.report(id);
    database.execute(
        "UPDATE services SET created_at = '2001-01-01 00:00:00',"
            + " last_seen_up = '2001-01-01 00:00:00'");
    assertFalse(store.get(id).orElseThrow().isUp(DOWN_TIME));

    assertTrue(store.setDisabled("b", "nova-compute", true, "bad disk"));
    ServiceRecord disabled = store.get(id).orElseThrow();
    assertTrue(disabled.disabled());
    assertEquals("bad disk", disabled.disabledReason());
    assertFalse(disabled.isUp(DOWN_TIME), "updated_at changed, last_seen_up did not");

    assertTrue(store.setDisabled("b", "nova-compute", false, "ignored"));
    assertNull(store.get(id).orElseThrow().disabledReason());
    assertFalse(store.setDisabled("c", "nova-compute", true, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void recordsAreListedByBinaryAndHostAndByTopic(String kind) {
    JdbcServiceStore store = store(database(kind));
    store.register("b", "nova-compute", "compute");
    store.register("a", "nova-scheduler", "scheduler");
    store.register("a", "nova-compute", "compute");
    assertEquals(
        List.of("nova-compute a", "nova-compute b", "nova-scheduler a"), names(store.all()));
    assertEquals(List.of("nova-compute a", "nova-compute b"), names(store.topic("compute")));
    assertEquals("b", store.find("compute", "b").orElseThrow().host());
    assertTrue(store.find("compute", "c").isEmpty());
    assertTrue(store.find("scheduler", "b").isEmpty());
  }

  private static List<String> names(List<ServiceRecord> records) {
    return records.stream().map(r -> r.binary() + " " + r.host()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aDeletedRecordIsGoneAndItsHostAndBinaryCanRegisterAgain(String kind) {
    JdbcServiceStore store = store(database(kind));
    long first = store.register("a", "nova-compute", "compute").id();
    store.delete(first);
    assertEquals(List.of(), store.all());
    assertFalse(store.report(first));
    long second = store.register("a", "nova-compute", "compute").id();
    assertTrue(second != first);
    assertEquals(1, store.all().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void threadsHeartbeatingOneRecordLoseNoCounts(String kind) throws Exception {
    TestDatabase database = database(kind);
    long id = store(database).register("a", "nova-compute", "compute").id();
    int threads = 8;
    int reports = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        JdbcServiceStore own = store(database);
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < reports; i++) {
                    assertTrue(own.report(id));
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(threads * reports, store(database).get(id).orElseThrow().reportCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void storesRegisteringTheSameServiceAtOnceMakeOneRow(String kind) throws Exception {
    TestDatabase database = database(kind);
    int racers = 4;
    List<JdbcServiceStore> stores = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      JdbcServiceStore store = store(database);
      store.all(); // connected and migrated before the race
      stores.add(store);
    }
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      for (int round = 0; round < 20; round++) {
        String host = "host-" + round;
        CyclicBarrier start = new CyclicBarrier(racers);
        List<Future<Long>> ids = new ArrayList<>();
        for (JdbcServiceStore store : stores) {
          ids.add(
              pool.submit(
                  () -> {
                    start.await();
                    return store.register(host, "nova-compute", "compute").id();
                  }));
        }
        long first = ids.get(0).get();
        for (Future<Long> id : ids) {
          assertEquals(first, id.get(), host);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(20, stores.get(0).all().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void anEmptyDatabaseGetsTheLatestSchema(String kind) {
    JdbcServiceStore store = store(database(kind));
    assertEquals(0, store.schemaVersion());
    assertEquals(List.of(1, 2, 3), store.sync());
    assertEquals(Schema.LATEST, store.schemaVersion());
    assertEquals(List.of(), store.sync());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aDatabaseAtVersionOneIsUpgradedKeepingItsRows(String kind) throws Exception {
    TestDatabase database = database(kind);
    JdbcServiceStore store = store(database);
    assertEquals(List.of(1), store.syncTo(1));
    database.execute(
        "INSERT INTO services (host, \"binary\", topic, report_count, disabled, created_at,"
            + " updated_at, deleted) VALUES ('old', 'nova-network', 'network', 41, FALSE,"
            + " '2011-02-03 04:05:06', '2011-02-03 04:05:06', 0)");
    assertEquals(1, store.schemaVersion());
    assertEquals(List.of(2, 3), store.sync());
    ServiceRecord old = store.all().get(0);
    assertEquals("old", old.host());
    assertEquals(41, old.reportCount());
    assertNull(old.lastSeenUp());
    assertNull(old.disabledReason());
    assertFalse(old.isUp(DOWN_TIME));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aSchemaNewerThanThisFlagstaffIsRefused(String kind) throws Exception {
    TestDatabase database = database(kind);
    store(database).sync();
    database.execute("UPDATE schema_version SET version = 7");
    JdbcServiceStore store = store(database);
    String expected =
        "the service store's schema is at version 7, newer than this Flagstaff knows (3);"
            + " refusing to write to it: upgrade Flagstaff";
    assertEquals(
        expected,
        assertThrows(ServiceStoreException.class, () -> store.register("a", "b", "c"))
            .getMessage());
    assertEquals(expected, assertThrows(ServiceStoreException.class, store::sync).getMessage());
    assertEquals(7, store.schemaVersion());
  }

  @Test
  void heartbeatsDoNotWaitForAMigrationInProgress() throws Exception {
    TestDatabase database = database("postgresql");
    JdbcServiceStore store = store(database);
    long id = store.register("a", "nova-compute", "compute").id();
    try (Connection migrating =
            new org.postgresql.Driver().connect(database.url(), new Properties());
        Statement statement = migrating.createStatement()) {
      migrating.setAutoCommit(false);
      statement.execute("SELECT pg_advisory_xact_lock(7270417)");
      assertTrue(store.report(id));
      assertEquals(1, store.get(id).orElseThrow().reportCount());
      migrating.rollback();
    }
  }

  @Test
  void anUnreachableServerIsAStoreErrorWithoutThePassword() {
    JdbcServiceStore store =
        new JdbcServiceStore(
            Dialect.POSTGRESQL,
            "jdbc:postgresql://127.0.0.1:1/nova?user=nova&password=s3cret",
            new Properties());
    ServiceStoreException e =
        assertThrows(ServiceStoreException.class, () -> store.register("a", "b", "c"));
    assertTrue(e.getMessage().contains("Connection to 127.0.0.1:1 refused"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
  }
}
