package io.github.flagstaff.runtime.flags;

import static io.github.flagstaff.runtime.flags.Parsing.PARSER;
import static io.github.flagstaff.runtime.flags.Parsing.flags;
import static io.github.flagstaff.runtime.flags.Parsing.parse;
import static io.github.flagstaff.runtime.flags.Parsing.problems;
import static io.github.flagstaff.runtime.flags.Parsing.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flagfile rules of {@code shared/reference/flags.md}, column "Flagstaff". */
class FlagfileTest {
  @TempDir Path dir;

  @Test
  void linesSetFlagsAndSkipCommentsAndBlanks() {
    Path file =
        write(
            dir.resolve("a.conf"),
            "# a comment",
            "   # an indented comment",
            "// a C++ comment",
            "  // indented too",
            "",
            "   ",
            "--name=from file",
            "  --port=9  ",
            "--debug",
            "-ratio=0.25");
    TestFlags flags = flags("--flagfile=" + file);
    assertEquals("from file", flags.name());
    assertEquals(9, flags.port());
    assertTrue(flags.debug());
    assertEquals(0.25, flags.ratio());
  }

  @Test
  void noboolLineSetsFalse() {
    Path file = write(dir.resolve("a.conf"), "--debug", "--nodebug");
    assertEquals(false, flags("--flagfile=" + file).debug());
  }

  @Test
  void crlfLineEndingsAreSkipped() throws IOException {
    Path file = dir.resolve("crlf.conf");
    Files.writeString(file, "--name=windows\r\n\r\n--port=7\r\n", StandardCharsets.UTF_8);
    TestFlags flags = flags("--flagfile=" + file);
    assertEquals("windows", flags.name());
    assertEquals(7, flags.port());
  }

  @Test
  void fileIsSplicedInPlaceSoLaterValuesWin() {
    Path file = write(dir.resolve("a.conf"), "--port=2");
    assertEquals(3, flags("--port=1", "--flagfile=" + file, "--port=3").port());
    assertEquals(2, flags("--port=1", "--flagfile=" + file).port());
  }

  @Test
  void flagfileIsRepeatableAndTakesACommaList() {
    Path a = write(dir.resolve("a.conf"), "--port=2", "--name=a");
    Path b = write(dir.resolve("b.conf"), "--port=3");
    assertEquals(3, flags("--flagfile=" + a + "," + b).port());
    assertEquals(2, flags("--flagfile=" + b, "--flagfile", a.toString()).port());
    assertEquals("a", flags("--flagfile=" + b + "," + a).name());
  }

  @Test
  void nestedFlagfileIsRelativeToTheIncludingFile() {
    write(dir.resolve("conf/inner.conf"), "--port=42");
    Path outer = write(dir.resolve("conf/outer.conf"), "--flagfile=inner.conf", "--name=outer");
    TestFlags flags = flags("--flagfile=" + outer);
    assertEquals(42, flags.port());
    assertEquals("outer", flags.name());
  }

  @Test
  void includeCycleShowsTheChain() {
    Path a = dir.resolve("a.conf");
    Path b = dir.resolve("b.conf");
    write(a, "--name=a", "--flagfile=b.conf");
    write(b, "--flagfile=a.conf");
    assertEquals(
        List.of(b + ":1: flagfile include cycle: " + a + " -> " + b + " -> " + a),
        problems("--flagfile=" + a));
  }

  @Test
  void aFileIncludedTwiceWithoutACycleIsFine() {
    Path common = write(dir.resolve("common.conf"), "--tag=x");
    write(dir.resolve("a.conf"), "--flagfile=common.conf");
    assertEquals(
        List.of("x", "x"), flags("--flagfile=" + common + "," + dir.resolve("a.conf")).tag());
  }

  @Test
  void missingFlagfileIsAnError() {
    Path missing = dir.resolve("nope.conf");
    assertEquals(List.of("flagfile not found: " + missing), problems("--flagfile=" + missing));
    Path outer = write(dir.resolve("outer.conf"), "", "--flagfile=nope.conf");
    assertEquals(
        List.of(outer + ":2: flagfile not found: " + missing), problems("--flagfile=" + outer));
  }

  @Test
  void aFlagfileNameThatIsNoPathIsAnErrorNotAStackTrace() {
    assertEquals(
        List.of("flagfile name 'a\\u0000b' is not a valid path: Nul character not allowed"),
        problems("--flagfile=a\0b"));
    Path outer = write(dir.resolve("outer.conf"), "--flagfile=x\0y");
    assertEquals(
        List.of(
            outer + ":1: flagfile name 'x\\u0000y' is not a valid path: Nul character not allowed"),
        problems("--flagfile=" + outer));
  }

  @Test
  void nonFlagLineIsAnErrorWithFileAndLine() {
    Path file = write(dir.resolve("a.conf"), "--port=1", "hello");
    assertEquals(
        List.of(file + ":2: not a flag: 'hello' (flagfile lines are --name=value)"),
        problems("--flagfile=" + file));
  }

  @Test
  void valueWithoutEqualsIsAnErrorInAFile() {
    Path file = write(dir.resolve("a.conf"), "--port 80", "--name");
    assertEquals(
        List.of(
            file + ":1: expected --name=value, got '--port 80'",
            file + ":2: flag --name requires a value (write --name=<string>)"),
        problems("--flagfile=" + file));
  }

  @Test
  void unknownFlagInAFileNamesFileAndLineWithASuggestion() {
    Path file = write(dir.resolve("a.conf"), "# settings", "--name=x", "--prot=80");
    assertEquals(
        List.of(file + ":3: unknown flag --prot; did you mean --port?"),
        problems("--flagfile=" + file));
  }

  @Test
  void undefokCoversFlagfiles() {
    Path file = write(dir.resolve("a.conf"), "--legacy_flag=1");
    assertEquals(List.of(), parse("--undefok=legacy_flag", "--flagfile=" + file).positionals());
  }

  @Test
  void badValueInAFileNamesFileLineFlagValueAndType() {
    Path file = write(dir.resolve("a.conf"), "--name=ok", "--port=abc");
    assertEquals(
        List.of(file + ":2: invalid value 'abc' for flag --port: expected int"),
        problems("--flagfile=" + file));
  }

  @Test
  void invalidUtf8IsAnError() throws IOException {
    Path file = dir.resolve("bin.conf");
    Files.write(file, new byte[] {'-', '-', 'n', '=', 'a', '\n', '-', (byte) 0xff, (byte) 0xfe});
    assertEquals(List.of(file + ":2: not valid UTF-8"), problems("--flagfile=" + file));
  }

  @Test
  void sourceRecordsFileAndLine() throws FlagException {
    Path file = write(dir.resolve("a.conf"), "", "--port=5");
    FlagValue<?> port = PARSER.parse("--flagfile=" + file).values().flag("port").orElseThrow();
    assertEquals(Source.flagfile(file, 2), port.source());
    assertEquals(file + ":2", port.source().toString());
  }

  @Test
  void defaultFlagfileIsReadWhenNoArgumentNamesOne() throws FlagException {
    Path first = dir.resolve("missing/nova.conf");
    Path second = write(dir.resolve("etc/nova.conf"), "--port=11", "--name=conf");
    FlagParser parser = PARSER.withDefaultFlagfiles(List.of(first, second));
    TestFlags fromDefault = parser.parse("--name=cli").values().get(TestFlags.class);
    assertEquals(11, fromDefault.port());
    assertEquals("cli", fromDefault.name());
    Path other = write(dir.resolve("other.conf"), "--name=other");
    TestFlags explicit = parser.parse("--flagfile=" + other).values().get(TestFlags.class);
    assertEquals(8080, explicit.port());
    assertEquals("other", explicit.name());
  }

  @Test
  void defaultFlagfilePrefersTheFirstThatExists() throws FlagException {
    Path local = write(dir.resolve("nova.conf"), "--port=1");
    Path etc = write(dir.resolve("etc/nova.conf"), "--port=2");
    FlagParser parser = PARSER.withDefaultFlagfiles(List.of(local, etc));
    assertEquals(1, parser.parse().values().get(TestFlags.class).port());
  }
}
