package io.github.flagstaff.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.sql.JdbcServiceStore;
import io.github.flagstaff.sql.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code db sync} and {@code db version} on real SQLite and PostgreSQL databases. */
class DbCommandsTest {
  private static final int LATEST = Manage.latestSchema();

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

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void syncAppliesEveryMigrationToAnEmptyDatabaseThenNothing(String kind) {
    String url = "--sql_connection=" + database(kind).url();
    assertTrue(LATEST >= 2, "flagstaff-sql ships its migrations");

    Manage.Result before = Manage.run("db", "version", url);
    Manage.Result first = Manage.run("db", "sync", url);
    Manage.Result second = Manage.run("db", "sync", url);
    Manage.Result after = Manage.run("db", "version", url);

    assertEquals("0\n", before.out());
    assertEquals(0, before.exitCode());
    StringBuilder applied = new StringBuilder();
    for (int version = 1; version <= LATEST; version++) {
      applied.append("Applied migration ").append(version).append(".\n");
    }
    assertEquals(applied + "Schema version " + LATEST + ".\n", first.out());
    assertEquals("", first.err());
    assertEquals(0, first.exitCode());
    assertEquals("Schema version " + LATEST + ", already up to date.\n", second.out());
    assertEquals(0, second.exitCode());
    assertEquals(LATEST + "\n", after.out());
    assertEquals("", after.err());
    assertEquals(0, after.exitCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void syncUpgradesADatabaseAtVersionOne(String kind) throws Exception {
    TestDatabase database = database(kind);
    for (String statement : migration(kind, 1)) {
      database.execute(statement);
    }
    database.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
    database.execute("INSERT INTO schema_version (version) VALUES (1)");
    database.execute(
        "INSERT INTO services (host, \"binary\", topic, created_at)"
            + " VALUES ('a', 'nova-compute', 'compute', CURRENT_TIMESTAMP)");
    String url = "--sql_connection=" + database.url();

    Manage.Result version = Manage.run("db", "version", url);
    Manage.Result sync = Manage.run("db", "sync", url);
    Manage.Result list = Manage.run("service", "list", "--format=json", url);

    assertEquals("1\n", version.out());
    StringBuilder applied = new StringBuilder();
    for (int next = 2; next <= LATEST; next++) {
      applied.append("Applied migration ").append(next).append(".\n");
    }
    assertEquals(applied + "Schema version " + LATEST + ".\n", sync.out());
    assertEquals(0, sync.exitCode());
    assertTrue(list.out().contains("\"host\" : \"a\""), list.out());
    assertEquals(0, list.exitCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aSchemaNewerThanKnownIsRefusedWithExitTwoButItsVersionIsShown(String kind) throws Exception {
    TestDatabase database = database(kind);
    try (JdbcServiceStore store = Manage.store(database.url())) {
      store.register("a", "nova-compute", "compute");
    }
    int newer = LATEST + 5;
    database.execute("UPDATE schema_version SET version = " + newer);
    String url = "--sql_connection=" + database.url();
    String refused =
        "flagstaff-manage: cannot use the service store: the service store's schema is at version "
            + newer
            + ", newer than this Flagstaff knows ("
            + LATEST
            + "); refusing to write to it: upgrade Flagstaff\n";

    for (String[] command :
        List.of(
            new String[] {"db", "sync"},
            new String[] {"service", "list"},
            new String[] {"service", "disable", "--host=a", "--binary=nova-compute"})) {
      List<String> args = new ArrayList<>(List.of(command));
      args.add(url);
      Manage.Result result = Manage.run(args.toArray(new String[0]));
      assertEquals(refused, result.err(), String.join(" ", command));
      assertEquals("", result.out());
      assertEquals(2, result.exitCode());
    }
    Manage.Result version = Manage.run("db", "version", url);
    assertEquals(newer + "\n", version.out());
    assertEquals(0, version.exitCode());
  }

  /** The statements of flagstaff-sql's migration {@code version} for {@code kind}. */
  private static List<String> migration(String kind, int version) throws IOException {
    String text;
    try (InputStream in =
        JdbcServiceStore.class.getResourceAsStream(
            "migrations/" + kind + "/V" + version + ".sql")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> out = new ArrayList<>();
    for (String statement : text.replaceAll("(?m)^--.*$", "").split(";")) {
      if (!statement.isBlank()) {
        out.add(statement.strip());
      }
    }
    return out;
  }
}
