package io.github.flagstaff.runtime.flags;

import static io.github.flagstaff.runtime.flags.Parsing.PARSER;
import static io.github.flagstaff.runtime.flags.Parsing.flags;
import static io.github.flagstaff.runtime.flags.Parsing.parse;
import static io.github.flagstaff.runtime.flags.Parsing.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line rules of {@code shared/reference/flags.md}, column "Flagstaff". */
class CommandLineTest {

  @Test
  void defaultsApplyWhenNothingIsGiven() {
    TestFlags flags = flags();
    assertEquals("anon", flags.name());
    assertEquals(8080, flags.port());
    assertEquals(0.5, flags.ratio());
    assertFalse(flags.debug());
    assertEquals(TestFlags.Mode.FLAT, flags.mode());
    assertEquals(Duration.ofSeconds(90), flags.timeout());
    assertEquals(Optional.empty(), flags.nick());
    assertEquals(List.of(1, 2), flags.ports());
    assertEquals(List.of(), flags.tag());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--name=bob", "-name=bob"})
  void nameEqualsValueWithOneOrTwoDashes(String arg) {
    assertEquals("bob", flags(arg).name());
  }

  @Test
  void nameSpaceValueTakesTheNextArgument() {
    assertEquals(9, flags("--port", "9").port());
    assertEquals(-5L, flags("-big", "-5").big());
  }

  @Test
  void valueMayContainEqualsSigns() {
    assertEquals("a=b", flags("--name=a=b").name());
  }

  @ParameterizedTest
  @CsvSource({
    "--debug, true",
    "--nodebug, false",
    "--debug=false, false",
    "--debug=YES, true",
    "--debug=n, false",
    "--debug=T, true",
    "--debug=0, false",
    "-nodebug, false"
  })
  void booleanForms(String arg, boolean expected) {
    assertEquals(expected, flags(arg).debug());
  }

  @Test
  void negatedBooleanTakesNoValue() {
    assertEquals(
        List.of("--nodebug takes no value (got 'true'); write --debug=true instead"),
        problems("--nodebug=true"));
  }

  @Test
  void booleanDoesNotTakeTheNextArgument() {
    ParseResult result = parse("--debug", "false");
    assertTrue(result.values().get(TestFlags.class).debug());
    assertEquals(List.of("false"), result.positionals());
  }

  @Test
  void badBooleanValueNamesFlagValueAndType() {
    assertEquals(
        List.of("invalid value 'maybe' for flag --debug: expected bool (true/false, yes/no, 1/0)"),
        problems("--debug=maybe"));
  }

  @Test
  void negatingANonBooleanIsAnError() {
    assertEquals(
        List.of("--noport is not allowed: flag --port is not a boolean"), problems("--noport"));
  }

  @Test
  void doubleDashEndsFlags() {
    ParseResult result = parse("--name=a", "--", "--port=9", "-x");
    assertEquals(8080, result.values().get(TestFlags.class).port());
    assertEquals(List.of("--port=9", "-x"), result.positionals());
  }

  @Test
  void positionalsBetweenFlagsAreReturnedInOrder() {
    ParseResult result = parse("one", "--name=a", "two", "-", "--port", "3", "three");
    assertEquals(List.of("one", "two", "-", "three"), result.positionals());
    assertEquals(3, result.values().get(TestFlags.class).port());
  }

  @Test
  void unknownFlagSuggestsTheClosestName() {
    assertEquals(List.of("unknown flag --nmae; did you mean --name?"), problems("--nmae=x"));
    assertEquals(List.of("unknown flag --nodebgu; did you mean --nodebug?"), problems("--nodebgu"));
    assertEquals(List.of("unknown flag --zzzzzzzz"), problems("--zzzzzzzz"));
  }

  @Test
  void everyProblemIsReported() {
    assertEquals(
        List.of(
            "invalid value 'abc' for flag --port: expected int",
            "invalid value 'x' for flag --ratio: expected double",
            "unknown flag --nmae; did you mean --name?"),
        problems("--port=abc", "--nmae=x", "--ratio=x"));
  }

  @Test
  void undefokToleratesTheNamedUnknownFlagsAndTheirNegations() {
    ParseResult result = parse("--undefok=foo,bar", "--foo", "value", "--nobar", "--name=a");
    assertEquals(List.of("value"), result.positionals());
    assertEquals("a", result.values().get(TestFlags.class).name());
    assertEquals(List.of("unknown flag --baz"), problems("--undefok=foo", "--foo", "--baz"));
  }

  @Test
  void undefokMayComeAfterTheUnknownFlag() {
    assertEquals(List.of(), parse("--foo=1", "--undefok=foo").positionals());
  }

  @Test
  void fromenvAppliesAtItsPositionInArgv() throws FlagException {
    FlagParser parser = PARSER.withEnvironment(Map.of("FLAGS_port", "99", "FLAGS_name", "env"));
    assertEquals(99, view(parser, "--port=1", "--fromenv=port").port());
    assertEquals(1, view(parser, "--fromenv=port", "--port=1").port());
    assertEquals("env", view(parser, "--tryfromenv=name,port").name());
    FlagValue<?> port = parser.parse("--fromenv=port").values().flag("port").orElseThrow();
    assertEquals(Source.environment("FLAGS_port"), port.source());
  }

  @Test
  void fromenvFailsOnAMissingVariableAndTryfromenvSkipsIt() throws FlagException {
    assertEquals(
        List.of("--fromenv=port: environment variable FLAGS_port is not set"),
        problems("--fromenv=port"));
    assertEquals(8080, view(PARSER, "--tryfromenv=port").port());
    assertEquals(
        List.of("--fromenv names unknown flag --prot; did you mean --port?"),
        problems("--fromenv=prot"));
  }

  @Test
  void badEnvironmentValueNamesTheVariable() {
    FlagParser parser = PARSER.withEnvironment(Map.of("FLAGS_port", "x"));
    FlagException e = assertThrows(FlagException.class, () -> parser.parse("--fromenv=port"));
    assertEquals(
        List.of("FLAGS_port: invalid value 'x' for flag --port: expected int"), e.problems());
  }

  @ParameterizedTest
  @CsvSource({"010, 10", "0x10, 16", "0X1f, 31", "-7, -7", "+7, 7", "-0x10, -16"})
  void integersAreDecimalOrHex(String text, long expected) {
    assertEquals(expected, flags("--big=" + text).big());
  }

  @Test
  void intOverflowIsAnError() {
    assertEquals(
        List.of("invalid value '99999999999' for flag --port: out of range for int"),
        problems("--port=99999999999"));
    assertEquals(
        List.of("invalid value '99999999999999999999' for flag --big: out of range for long"),
        problems("--big=99999999999999999999"));
  }

  @Test
  void boundsAreChecked() {
    assertEquals(
        List.of("invalid value '70000' for flag --port: out of range [1, 65535]"),
        problems("--port=70000"));
    assertEquals(
        List.of("invalid value '3h' for flag --timeout: out of range (maximum 2h)"),
        problems("--timeout=3h"));
  }

  @Test
  void missingValueIsAnError() {
    assertEquals(List.of("flag --port requires a value"), problems("--port"));
    assertEquals(List.of("flag --flagfile requires a value"), problems("--flagfile"));
  }

  @ParameterizedTest
  @CsvSource({"vlan, VLAN", "VLAN, VLAN", "Flat, FLAT"})
  void enumsMatchIgnoringCase(String text, TestFlags.Mode expected) {
    assertEquals(expected, flags("--mode=" + text).mode());
  }

  @Test
  void badEnumListsTheChoices() {
    assertEquals(
        List.of("invalid value 'purple' for flag --mode: expected one of FLAT, VLAN"),
        problems("--mode=purple"));
  }

  @Test
  void stringChoicesMatchExactly() {
    assertEquals("green", flags("--color=green").color());
    assertEquals(
        List.of("invalid value 'Red' for flag --color: expected one of red, green"),
        problems("--color=Red"));
  }

  @ParameterizedTest
  @CsvSource({
    "250ms, PT0.25S",
    "90s, PT1M30S",
    "5m, PT5M",
    "1h30m, PT1H30M",
    "PT2H, PT2H",
    "45, PT45S"
  })
  void durations(String text, Duration expected) {
    assertEquals(expected, flags("--timeout=" + text).timeout());
  }

  @Test
  void badDurationSaysWhatWasExpected() {
    assertEquals(
        List.of(
            "invalid value '5 parsecs' for flag --timeout: expected duration (e.g. 250ms, 90s,"
                + " 1h30m, PT5M)"),
        problems("--timeout=5 parsecs"));
  }

  @Test
  void optionalIsEmptyUntilGiven() {
    assertEquals(Optional.of("bob"), flags("--nick=bob").nick());
    assertEquals(Optional.of(3), flags("--limit=3").limit());
  }

  @Test
  void listIsCommaSeparatedAndALaterOccurrenceReplacesIt() {
    assertEquals(List.of(3, 4), flags("--ports=3, 4").ports());
    assertEquals(List.of(5), flags("--ports=3,4", "--ports=5").ports());
    assertEquals(List.of(), flags("--ports=").ports());
  }

  @Test
  void repeatedFlagAppendsEachOccurrence() {
    assertEquals(List.of("a", "b,c"), flags("--tag=a", "--tag", "b,c").tag());
  }

  @Test
  void deprecatedAliasWorksWithAWarning() {
    ParseResult result = parse("--old_name=v");
    assertEquals("v", result.values().get(TestFlags.class).newName());
    assertEquals(List.of("flag --old_name is deprecated; use --new_name"), result.warnings());
  }

  @Test
  void doubles() {
    assertEquals(1e-3, flags("--ratio=1e-3").ratio());
    assertEquals(-2.5, flags("--ratio=-2.5").ratio());
    assertEquals(
        List.of("invalid value '1d' for flag --ratio: expected double"), problems("--ratio=1d"));
  }

  @Test
  void pathsAreParsed() {
    assertEquals(Path.of("/tmp/x"), flags("--data_dir=/tmp/x").dataDir());
  }

  private static TestFlags view(FlagParser parser, String... args) throws FlagException {
    return parser.parse(args).values().get(TestFlags.class);
  }
}
