package io.github.flagstaff.runtime.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, version, checks and errors as a program prints them, with their exit codes. */
class ProgramTest {
  private static final FlagRegistry REGISTRY =
      FlagRegistry.of(TestFlags.class, RequiredFlags.class);

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Program.Outcome run(String... args) {
    Program program =
        Program.named("nova-test")
            .description("Tests the flags.")
            .version("1.2.3")
            .keyFlags(RequiredFlags.class)
            .defaultFlagfiles(List.of())
            .parser(FlagParser.of(REGISTRY).withEnvironment(Map.of()));
    return program.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpShowsEveryFlagGroupedByFlagSetWithTypeDefaultBoundsAndChoices() {
    Program.Outcome outcome = run("--help");
    assertNull(outcome.result());
    assertEquals(0, outcome.exitCode());
    String help = out();
    assertTrue(
        help.startsWith("nova-test: Tests the flags.\n\nUsage: nova-test [flags] [args]\n"), help);
    assertTrue(
        help.contains(
            "\nFlags from io.github.flagstaff.runtime.flags.RequiredFlags:\n"
                + "  --token=<string>: An API token.\n    (required)\n"),
        help);
    assertTrue(
        help.contains(
            "\nFlags from io.github.flagstaff.runtime.flags.TestFlags:\n"
                + "  --name=<string>: A name.\n    (default: 'anon')\n"),
        help);
    assertTrue(
        help.contains("  --port=<int>: A port.\n    (default: 8080; range: [1, 65535])\n"), help);
    assertTrue(help.contains("  --[no]debug: Debug mode.\n    (default: false)\n"), help);
    assertTrue(help.contains("  --mode=<FLAT|VLAN>: Network mode.\n    (default: 'flat')\n"), help);
    assertTrue(help.contains("  --ports=<int>[,<int>...]: Ports.\n    (default: 1,2)\n"), help);
    assertTrue(
        help.contains("  --tag=<string>: Tags, one per occurrence.\n    (repeatable)\n"), help);
    assertTrue(help.contains("  --password=<string>: A password.\n    (default: ****)\n"), help);
    assertTrue(help.contains("(default: 'x'; deprecated names: --old_name)"), help);
    assertTrue(help.contains("\nBuilt-in flags:\n  --flagfile=<file>"), help);
    assertEquals("", err());
  }

  @Test
  void helpShowsTheCurrentValueOfChangedFlags() {
    run("--helpfull", "--port=9", "--password=s3cret");
    assertTrue(out().contains("(default: 8080; range: [1, 65535])\n    (current: 9)\n"), out());
    assertTrue(out().contains("(default: ****)\n    (current: ****)\n"), out());
    assertFalse(out().contains("s3cret"));
  }

  @Test
  void helpshortShowsOnlyTheKeyFlagSets() {
    run("--helpshort");
    assertTrue(out().contains("--token=<string>"), out());
    assertFalse(out().contains("--port=<int>"), out());
    assertFalse(out().contains("Built-in flags"), out());
  }

  @Test
  void helpmatchShowsFlagsWhoseNameOrFlagSetContainsTheText() {
    run("--helpmatch=port");
    assertTrue(out().contains("--port=<int>"), out());
    assertTrue(out().contains("--ports=<int>"), out());
    assertFalse(out().contains("--name=<string>"), out());
    out.reset();
    run("--helpmatch=Required");
    assertTrue(out().contains("--token=<string>"), out());
    assertFalse(out().contains("--port=<int>"), out());
  }

  @Test
  void helponShowsOneFlagSetBySimpleOrQualifiedName() {
    run("--helpon=RequiredFlags");
    assertTrue(out().contains("--token=<string>"), out());
    assertFalse(out().contains("--port=<int>"), out());
    out.reset();
    run("--helpon", "io.github.flagstaff.runtime.flags.TestFlags");
    assertTrue(out().contains("--port=<int>"), out());
    assertFalse(out().contains("--token"), out());
    out.reset();
    run("--helpon=Nothing");
    assertTrue(out().contains("No flags match."), out());
  }

  @Test
  void helpxmlFollowsTheGflagsSchema() {
    run("--helpxml", "--name=<b&b>");
    String xml = out();
    assertTrue(
        xml.startsWith(
            "<?xml version=\"1.0\"?>\n<AllFlags>\n  <program>nova-test</program>\n"
                + "  <usage>Tests the flags.</usage>\n"),
        xml);
    assertTrue(
        xml.contains(
            "  <flag>\n"
                + "    <file>io.github.flagstaff.runtime.flags.TestFlags</file>\n"
                + "    <name>name</name>\n"
                + "    <meaning>A name.</meaning>\n"
                + "    <default>anon</default>\n"
                + "    <current>&lt;b&amp;b&gt;</current>\n"
                + "    <type>string</type>\n"
                + "  </flag>\n"),
        xml);
    assertTrue(
        xml.contains(
            "<name>password</name>\n    <meaning>A password.</meaning>\n"
                + "    <default>****</default>\n    <current>****</current>"),
        xml);
    assertTrue(xml.endsWith("</AllFlags>\n"), xml);
  }

  /** absl strips the characters XML 1.0 cannot hold, so the document stays well-formed. */
  @Test
  void helpxmlStripsCharactersXmlCannotHold() throws Exception {
    run("--helpxml", "--name=a\u0001b\u001bc\u007f\ud800d\ud83d\ude00\tе");
    String xml = out();
    assertTrue(xml.contains("<current>abcd\ud83d\ude00\tе</current>"), xml);
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void helpxmlShowsAnUnsetFlagsDefaultAsItsCurrentValue() {
    run("--helpxml");
    assertTrue(
        out()
            .contains(
                "<name>timeout</name>\n    <meaning>How long to wait.</meaning>\n"
                    + "    <default>1m30s</default>\n    <current>1m30s</current>"),
        out());
    assertTrue(
        out().contains("<default>$base/data</default>\n    <current>/var/lib/test/data</current>"),
        out());
  }

  /** gflags' type names for its types; absl-py's {@code <enum_value>} for each choice. */
  @Test
  void helpxmlListsChoicesAndUsesGflagsTypeNames() {
    run("--helpxml");
    String xml = out();
    assertTrue(xml.contains("<name>port</name>"), xml);
    assertTrue(xml.contains("<current>8080</current>\n    <type>int32</type>\n"), xml);
    assertTrue(xml.contains("<current>0</current>\n    <type>int64</type>\n"), xml);
    assertTrue(
        xml.contains(
            "<current>red</current>\n    <type>string enum</type>\n"
                + "    <enum_value>red</enum_value>\n    <enum_value>green</enum_value>\n"),
        xml);
    assertTrue(
        xml.contains(
            "<current>FLAT</current>\n    <type>string enum</type>\n"
                + "    <enum_value>FLAT</enum_value>\n    <enum_value>VLAN</enum_value>\n"),
        xml);
  }

  @Test
  void versionPrintsToStdoutAndExitsZero() {
    Program.Outcome outcome = run("--version");
    assertEquals(0, outcome.exitCode());
    assertNull(outcome.result());
    assertEquals("nova-test version 1.2.3\n", out());
  }

  @Test
  void onlyCheckArgsValidatesAndExitsZero() {
    Program.Outcome ok = run("--only_check_args", "--token=t");
    assertNull(ok.result());
    assertEquals(0, ok.exitCode());
    assertEquals("", out());
    Program.Outcome bad = run("--only_check_args", "--token=t", "--port=x");
    assertEquals(1, bad.exitCode());
  }

  @Test
  void errorsGoToStderrWithExitOne() {
    Program.Outcome outcome = run("--token=t", "--port=x", "--nmae=y");
    assertNull(outcome.result());
    assertEquals(1, outcome.exitCode());
    assertEquals("", out());
    assertEquals(
        "nova-test: invalid value 'x' for flag --port: expected int\n"
            + "nova-test: unknown flag --nmae; did you mean --name?\n"
            + "Try 'nova-test --help' for the list of flags.\n",
        err());
  }

  @Test
  void aParseGoesOnWithWarningsOnStderr() {
    Program.Outcome outcome = run("--token=t", "--old_name=v", "file.txt");
    assertEquals(List.of("file.txt"), outcome.result().positionals());
    assertEquals("v", outcome.result().values().get(TestFlags.class).newName());
    assertEquals("nova-test: warning: flag --old_name is deprecated; use --new_name\n", err());
  }

  @Test
  void defaultFlagfilesAreConfigurablePerProgram() {
    Path conf = Parsing.write(dir.resolve("test.conf"), "--token=from-conf");
    Program program =
        Program.named("nova-test")
            .defaultFlagfiles(Program.defaultFlagfiles("test.conf", dir.resolve("none"), dir))
            .parser(FlagParser.of(REGISTRY));
    Program.Outcome outcome = program.run(new String[0], System.out, System.err);
    assertEquals("from-conf", outcome.result().values().get(RequiredFlags.class).token());
    assertEquals(
        Source.flagfile(conf, 1), outcome.result().values().flag("token").orElseThrow().source());
  }
}
