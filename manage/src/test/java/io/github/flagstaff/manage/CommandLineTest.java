package io.github.flagstaff.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** flagstaff-manage's help and its usage errors, which exit 1 before any store is opened. */
class CommandLineTest {
  private static final String COMMANDS =
      "service list, service disable, service enable, db sync, db version";
  private static final String TRY = "Try 'flagstaff-manage --help' for the commands and flags.\n";

  @TempDir Path dir;

  private String sqlite() {
    return "--sql_connection=jdbc:sqlite:" + dir.resolve("nova.sqlite");
  }

  private void assertNoStore() {
    assertFalse(Files.exists(dir.resolve("nova.sqlite")), "no store was opened");
  }

  @Test
  void helpListsTheCommandsTheirFlagsAndTheExitCodes() {
    Manage.Result result = Manage.run("--help");

    assertEquals(0, result.exitCode());
    assertEquals("", result.err());
    assertTrue(
        result
            .out()
            .startsWith(
                String.join(
                    "\n",
                    "flagstaff-manage: the operator's tool for the service store, after Nova's"
                        + " nova-manage.",
                    "",
                    "Commands:",
                    "  service list [--format=table|json]",
                    "      Every service, and whether it is up.",
                    "  service disable --host=H --binary=B [--reason=R]",
                    "      Takes a service out of scheduling; it keeps reporting.",
                    "  service enable --host=H --binary=B",
                    "      Puts a service back into scheduling.",
                    "  db sync",
                    "      Applies the schema migrations this Flagstaff ships.",
                    "  db version",
                    "      Prints the database's schema version; 0 before db sync.",
                    "",
                    "Exit status: 0 done, 1 usage or flag error, 2 the service store cannot be"
                        + " used.",
                    "")),
        result.out());
    assertTrue(result.out().contains("  --binary=<string>: "), result.out());
    assertTrue(result.out().contains("  --reason=<string>: "), result.out());
    assertTrue(result.out().contains("  --format=<table|json>: "), result.out());
    assertTrue(result.out().contains("  --sql_connection=<string>: "), result.out());
  }

  @Test
  void noCommandIsAUsageError() {
    Manage.Result result = Manage.run(sqlite());

    assertEquals(
        "flagstaff-manage: no command given; expected one of: " + COMMANDS + "\n" + TRY,
        result.err());
    assertEquals("", result.out());
    assertEquals(1, result.exitCode());
    assertNoStore();
  }

  @ParameterizedTest
  @ValueSource(strings = {"service", "service frob", "service list now", "db", "db upgrade", "x"})
  void anUnknownCommandIsAUsageError(String words) {
    String[] args = (words + " " + sqlite()).split(" ");

    Manage.Result result = Manage.run(args);

    assertEquals(
        "flagstaff-manage: unknown command '"
            + words
            + "'; expected one of: "
            + COMMANDS
            + "\n"
            + TRY,
        result.err());
    assertEquals("", result.out());
    assertEquals(1, result.exitCode());
    assertNoStore();
  }

  @ParameterizedTest
  @ValueSource(strings = {"service list", "service enable --host=a --binary=b", "db sync"})
  void reasonIsOnlyForDisable(String command) {
    String[] args = (command + " --reason=why " + sqlite()).split(" ");

    Manage.Result result = Manage.run(args);

    String words = command.replaceAll(" --.*", "");
    assertEquals(
        "flagstaff-manage: --reason is only for service disable, not " + words + "\n" + TRY,
        result.err());
    assertEquals(1, result.exitCode());
    assertNoStore();
  }

  @Test
  void aBadFlagValueIsAFlagError() {
    Manage.Result result = Manage.run("service", "list", "--format=xml", sqlite());

    assertEquals(
        "flagstaff-manage: invalid value 'xml' for flag --format: expected one of table, json\n"
            + "Try 'flagstaff-manage --help' for the list of flags.\n",
        result.err());
    assertEquals("", result.out());
    assertEquals(1, result.exitCode());
    assertNoStore();
  }

  @Test
  void anUnknownFlagIsAFlagError() {
    Manage.Result result = Manage.run("service", "list", "--formt=json", sqlite());

    assertTrue(result.err().startsWith("flagstaff-manage: unknown flag --formt"), result.err());
    assertTrue(result.err().contains("--format"), "suggests the flag meant: " + result.err());
    assertEquals(1, result.exitCode());
    assertNoStore();
  }

  @ParameterizedTest
  @CsvSource({"db sync", "db version"})
  void theDbCommandsHaveNoSchemaToManageInMemory(String command) {
    String[] args = (command + " --sql_connection=memory:").split(" ");

    Manage.Result result = Manage.run(args);

    assertEquals(
        "flagstaff-manage: --sql_connection=memory: keeps its records in one process and has no"
            + " schema: there is nothing for "
            + command
            + " to manage\n"
            + TRY,
        result.err());
    assertEquals("", result.out());
    assertEquals(1, result.exitCode());
  }

  @Test
  void serviceListOfMemoryIsThisProcesssEmptyStore() {
    Manage.Result result = Manage.run("service", "list", "--sql_connection=memory:");

    assertEquals("Binary  Host  Topic  Status  State  Updated\n", result.out());
    assertEquals(0, result.exitCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"service list", "db version"})
  void anUnknownStoreIsAFlagErrorNamingOnlyTheScheme(String command) {
    String[] args =
        (command + " --sql_connection=jdbc:mysql://db/nova?user=nova&password=s3cret").split(" ");

    Manage.Result result = Manage.run(args);

    assertEquals(
        "flagstaff-manage: no service store for --sql_connection 'jdbc:mysql:' (known: memory:,"
            + " jdbc:sqlite:, jdbc:postgresql:); is flagstaff-sql on the class path?\n"
            + TRY,
        result.err());
    assertEquals("", result.out());
    assertEquals(1, result.exitCode());
  }
}
