package io.github.flagstaff.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.sql.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A store that cannot be reached: exit 2, the reason on stderr, no secret, no stack trace. */
class StoreUnreachableTest {
  private static final String PREFIX = "flagstaff-manage: cannot use the service store: ";

  @TempDir Path dir;

  private static String[] args(String command, String... flags) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of(flags));
    return args.toArray(new String[0]);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "service list",
        "service disable --host=a --binary=nova-compute",
        "service enable --host=a --binary=nova-compute",
        "db sync",
        "db version"
      })
  void anSqliteFileThatCannotBeOpenedExitsTwo(String command) {
    String url = "jdbc:sqlite:" + dir.resolve("no/such/dir/nova.sqlite");

    Manage.Result result = Manage.run(args(command, "--sql_connection=" + url)).withoutStackTrace();

    assertTrue(result.err().startsWith(PREFIX), result.err());
    assertTrue(result.err().contains("SQLITE_CANTOPEN"), result.err());
    assertFalse(result.err().contains(url), "never echoes the URL: " + result.err());
    assertEquals("", result.out());
    assertEquals(2, result.exitCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"service list", "db version"})
  void aPostgresqlServerThatRefusesConnectionsExitsTwoWithoutThePassword(String command) {
    String url = "jdbc:postgresql://127.0.0.1:1/nova?user=nova&password=Hunter2-in-url";

    Manage.Result result =
        Manage.run(args(command, "--sql_connection=" + url, "--sql_password=Hunter2-flag"))
            .withoutStackTrace();

    assertTrue(result.err().startsWith(PREFIX), result.err());
    assertTrue(result.err().contains("refused"), result.err());
    assertFalse(result.err().contains("Hunter2"), "never prints a password: " + result.err());
    assertEquals("", result.out());
    assertEquals(2, result.exitCode());
  }

  @Test
  void aWrongPostgresqlPasswordExitsTwoWithoutThePassword() throws Exception {
    try (TestDatabase database = TestDatabase.postgresql()) {
      String url = database.url().substring(0, database.url().indexOf('?'));

      Manage.Result result =
          Manage.run(
                  "service",
                  "list",
                  "--sql_connection=" + url,
                  "--sql_user=flagstaff",
                  "--sql_password=Wr0ng-S3cret")
              .withoutStackTrace();

      assertEquals(
          PREFIX + "FATAL: password authentication failed for user \"flagstaff\"\n", result.err());
      assertEquals("", result.out());
      assertEquals(2, result.exitCode());
    }
  }
}
