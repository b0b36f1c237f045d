package io.github.flagstaff.runtime.flags;

import static io.github.flagstaff.runtime.flags.Parsing.parse;
import static io.github.flagstaff.runtime.flags.Parsing.problems;
import static io.github.flagstaff.runtime.flags.Parsing.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret flag's value ({@code --password} here) appears in no problem, however it is mistyped.
 */
class SecretsTest {
  private static final String SECRET = "s3cret+tail";

  @TempDir Path dir;

  private List<String> problemsOf(String... lines) {
    Path file = write(dir.resolve("secret.conf"), lines);
    List<String> problems = problems("--flagfile=" + file);
    assertFalse(String.join("\n", problems).contains("tail"), problems.toString());
    return problems.stream().map(p -> p.substring(file.toString().length())).toList();
  }

  @Test
  void aSecretLineWithoutDashesIsMasked() {
    assertEquals(
        List.of(":1: not a flag: 'password=****' (flagfile lines are --name=value)"),
        problemsOf("password=" + SECRET));
  }

  @Test
  void aSecretLineWithASpaceForTheEqualsSignIsMasked() {
    assertEquals(
        List.of(":1: expected --name=value, got '--password ****'"),
        problemsOf("--password " + SECRET));
  }

  @Test
  void aLineThatOnlyLooksLikeASecretFlagIsMaskedToo() {
    assertEquals(
        List.of(
            ":1: not a flag: 'pasword=****' (flagfile lines are --name=value)",
            ":2: not a flag: 'PASSWORD:****' (flagfile lines are --name=value)",
            ":3: expected --name=value, got '--passwrod ****'",
            ":4: unknown flag --password:****",
            ":5: unknown flag --nopasword@****"),
        problemsOf(
            "pasword=" + SECRET,
            "PASSWORD:" + SECRET,
            "--passwrod " + SECRET,
            "--password:" + SECRET,
            "--nopasword@" + SECRET));
  }

  @Test
  void otherLinesAreEchoedAsWritten() {
    assertEquals(
        List.of(":1: not a flag: 'port=80' (flagfile lines are --name=value)"),
        problemsOf("port=80"));
  }

  @Test
  void aDollarInASecretDoesNotEchoWhatFollowsIt() {
    assertEquals(
        List.of(
            ":1: invalid value '****' for flag --password: a '$' in it does not start a reference"
                + " to another flag (write $$ for a literal $)"),
        problemsOf("--password=abc$" + SECRET));
    assertEquals(
        List.of(
            "invalid value '****' for flag --password: a '$' in it does not start a reference"
                + " to another flag (write $$ for a literal $)"),
        problems("--password=${" + SECRET + "}"));
    assertEquals("abc$" + SECRET, Parsing.flags("--password=abc$$" + SECRET).password());
  }

  @Test
  void aFlagfileSettingASecretWarnsWhenOthersCanReadIt() throws IOException {
    Path file = write(dir.resolve("nova.conf"), "--port=80", "--password=" + SECRET);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertEquals(
        List.of(
            "flagfile "
                + file
                + " sets the secret flag --password but others can read it; run chmod 600 "
                + file),
        parse("--flagfile=" + file).warnings());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    assertEquals(1, parse("--flagfile=" + file).warnings().size());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertEquals(List.of(), parse("--flagfile=" + file).warnings());
    Path plain = write(dir.resolve("plain.conf"), "--port=80");
    Files.setPosixFilePermissions(plain, PosixFilePermissions.fromString("rw-r--r--"));
    assertEquals(List.of(), parse("--flagfile=" + plain).warnings());
  }
}
