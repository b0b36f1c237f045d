package io.github.flagstaff.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.sql.JdbcServiceStore;
import io.github.flagstaff.sql.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/flagstaff-manage} as an operator runs it, from what {@code mvn package} built; these
 * run in the integration-test phase.
 */
class ManageProcessTest {
  private static final Path SCRIPT = Path.of("bin", "flagstaff-manage").toAbsolutePath();
  private static final String CLASS_PATH = "FLAGSTAFF_MANAGE_CLASSPATH";

  @TempDir Path dir;

  private Manage.Result manage(String... args) throws IOException, InterruptedException {
    return manage(Map.of(), args);
  }

  /**
   * Runs the script in {@code dir} with this JVM's java first on the path and {@code environment}
   * added.
   */
  private Manage.Result manage(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove(CLASS_PATH);
    builder.environment().putAll(environment);
    String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
    builder.environment().merge("PATH", javaBin, (path, java) -> java + File.pathSeparator + path);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Manage.Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theScriptManagesAnSqliteStore() throws Exception {
    TestDatabase database = TestDatabase.sqlite(dir);
    String url = "--sql_connection=" + database.url();
    int latest = Manage.latestSchema();

    Manage.Result sync = manage("db", "sync", url);
    assertEquals("", sync.err());
    assertTrue(sync.out().endsWith("Schema version " + latest + ".\n"), sync.out());
    assertEquals(0, sync.exitCode());

    try (JdbcServiceStore store = Manage.store(database.url())) {
      store.report(store.register("a", "nova-compute", "compute").id());
    }
    Manage.Result disable =
        manage("service", "disable", "--host=a", "--binary=nova-compute", "--reason=rack 4", url);
    assertEquals(
        "Disabled nova-compute on host a (reason: rack 4); it is not scheduled to until enabled.\n",
        disable.out());
    assertEquals(0, disable.exitCode());

    Manage.Result list = manage("service", "list", url);
    List<String> lines = list.out().lines().toList();
    assertEquals("Binary        Host  Topic    Status    State  Updated", lines.get(0));
    assertTrue(
        lines.get(1).matches("nova-compute  a     compute  disabled  :-\\)    \\d{4}-.{14}"),
        list.out());
    assertEquals(2, lines.size());
    assertEquals(0, list.exitCode());

    Manage.Result version = manage("db", "version", url);
    assertEquals(latest + "\n", version.out());
    assertEquals(0, version.exitCode());
  }

  @Test
  void theScriptExitsOneOnAUsageError() throws Exception {
    Manage.Result result = manage("service", "frob", "--sql_connection=memory:");

    assertEquals(
        "flagstaff-manage: unknown command 'service frob'; expected one of: service list, service"
            + " disable, service enable, db sync, db version\n"
            + "Try 'flagstaff-manage --help' for the commands and flags.\n",
        result.err());
    assertEquals(1, result.exitCode());
  }

  @Test
  void theScriptExitsTwoWhenTheStoreCannotBeReachedAndPrintsNoSecret() throws Exception {
    Manage.Result result =
        manage(
                "service",
                "list",
                "--sql_connection=jdbc:postgresql://127.0.0.1:1/nova?password=Hunter2-in-url",
                "--sql_password=Hunter2-flag")
            .withoutStackTrace();

    assertTrue(
        result.err().startsWith("flagstaff-manage: cannot use the service store: Connection to"),
        result.err());
    assertFalse(result.err().contains("Hunter2"), result.err());
    assertEquals("", result.out());
    assertEquals(2, result.exitCode());
  }

  @Test
  void theScriptsHelpListsTheCommands() throws Exception {
    Manage.Result result = manage("--helpshort");

    assertTrue(result.out().contains("\n  service list [--format=table|json]\n"), result.out());
    assertTrue(result.out().contains("Flags from io.github.flagstaff.manage.ManageFlags:"));
    assertEquals(0, result.exitCode());
  }

  @Test
  void aSharedNovaConfSettingTheServicesFlagsReadsWithTheirJarsOnTheClassPath() throws Exception {
    Path conf =
        Files.writeString(
            dir.resolve("nova.conf"), "--compute_only_cores=8\n--sql_connection=memory:\n");
    Files.setPosixFilePermissions(conf, PosixFilePermissions.fromString("rw-------"));

    Manage.Result without = manage("service", "list");
    Manage.Result with =
        manage(
            Map.of(CLASS_PATH, Path.of("target", "test-classes").toAbsolutePath().toString()),
            "service",
            "list");

    assertTrue(
        without.err().contains("nova.conf:1: unknown flag --compute_only_cores"), without.err());
    assertEquals(1, without.exitCode());
    assertEquals("", with.err());
    assertEquals("Binary  Host  Topic  Status  State  Updated\n", with.out());
    assertEquals(0, with.exitCode());
  }
}
