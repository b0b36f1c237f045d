package io.github.flagstaff.runtime.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cases from the gflags, Abseil and absl-py test suites where Flagstaff once differed from its
 * peers; each now behaves as they do (the README's parsing table lists what still differs, and
 * why). The {@code --helpxml} cases are in {@link ProgramTest}.
 */
class PeerConformanceTest {
  private static final FlagParser PARSER =
      FlagParser.of(FlagRegistry.of(ConformanceFlags.class)).withEnvironment(Map.of());

  @TempDir Path dir;

  private static ConformanceFlags flags(String... args) throws FlagException {
    return PARSER.parse(args).values().get(ConformanceFlags.class);
  }

  private static List<String> problems(FlagParser parser, String... args) {
    return assertThrows(FlagException.class, () -> parser.parse(args)).problems();
  }

  @Test
  void aRequiredFlagGivenABadValueIsReportedOnceAsBad() {
    FlagParser parser = FlagParser.of(FlagRegistry.of(RequiredNumberFlags.class));
    assertEquals(
        List.of("invalid value 'x' for flag --replicas: expected int"),
        problems(parser, "--replicas=x"));
    assertEquals(
        List.of("invalid value 'many' for flag --replicas: expected int"),
        problems(parser, "--replicas=many", "--only_check_args"));
  }

  /** gflags reads doubles with {@code strtod}, which takes inf, infinity and nan in any case. */
  @ParameterizedTest
  @CsvSource({
    "inf, Infinity",
    "-inf, -Infinity",
    "+INF, Infinity",
    "Infinity, Infinity",
    "-infinity, -Infinity",
    "nan, NaN",
    "NAN, NaN",
    "-nan, NaN"
  })
  void doublesTakeInfinityAndNan(String text, double expected) throws FlagException {
    assertEquals(expected, flags("--d=" + text).d());
  }

  @Test
  void aFiniteDoubleTooLargeIsStillOutOfRangeAndInfinityWritesBack() throws Exception {
    assertEquals(
        List.of("invalid value '1e999' for flag --d: out of range for double"),
        problems(PARSER, "--d=1e999"));
    FlagValues values = PARSER.parse("--d=-inf").values();
    Path file = Files.writeString(dir.resolve("d.conf"), values.toFlagfile());
    assertEquals(Double.NEGATIVE_INFINITY, flags("--flagfile=" + file).d());
  }

  /** gflags' {@code --help} is a boolean flag, so {@code --nohelp} is {@code --help=false}. */
  @Test
  void nohelpAndTheOtherNegatedBuiltInsAreFalse() throws FlagException {
    assertFalse(PARSER.parse("--nohelp").request().isPresent());
    assertFalse(PARSER.parse("--help", "--nohelp").request().isPresent());
    assertFalse(PARSER.parse("--version", "--version=false").request().isPresent());
    assertFalse(
        PARSER
            .parse("--nohelpfull", "--nohelpshort", "--nohelpxml", "--noversion")
            .request()
            .isPresent());
    assertEquals(
        HelpRequest.Kind.HELP, PARSER.parse("--nohelp", "--help").request().orElseThrow().kind());
    assertEquals(
        List.of("--nohelp takes no value (got '1'); write --help=1 instead"),
        problems(PARSER, "--nohelp=1"));
  }

  /** gflags' {@code --fromenv} finds any registered flag, built-in ones included. */
  @Test
  void fromenvReachesBuiltInFlags() throws IOException, FlagException {
    Path file = Files.writeString(dir.resolve("env.conf"), "--d=2.5\n");
    FlagParser parser =
        PARSER.withEnvironment(Map.of("FLAGS_version", "true", "FLAGS_flagfile", file.toString()));
    assertEquals(
        HelpRequest.Kind.VERSION, parser.parse("--fromenv=version").request().orElseThrow().kind());
    assertEquals(2.5, parser.parse("--fromenv=flagfile").values().get(ConformanceFlags.class).d());
    assertFalse(parser.parse("--tryfromenv=help").request().isPresent());
    assertEquals(
        List.of("--fromenv=help: environment variable FLAGS_help is not set"),
        problems(parser, "--fromenv=help"));
    assertEquals(
        List.of("--tryfromenv=fromenv: --fromenv cannot be read from the environment"),
        problems(parser, "--tryfromenv=fromenv"));
  }

  /** absl-py's {@code ListParser} reads a list as one CSV record, then strips each element. */
  @Test
  void listsTakeAbslPyCsvQuoting() throws FlagException {
    assertEquals(
        List.of("v=1", "vmodule=a=0,b=2"), flags("--letters=v=1,\"vmodule=a=0,b=2\"").letters());
    assertEquals(List.of("a\"b", "", "c"), flags("--letters=\"a\"\"b\",\"\", c ").letters());
    assertEquals(List.of("a\"b"), flags("--letters=a\"b").letters());
    assertEquals(List.of("x", "\"y\""), flags("--letters=x, \"y\"").letters());
    assertEquals(
        List.of("invalid value '\"a' for flag --letters: unclosed quote in list"),
        problems(PARSER, "--letters=\"a"));
    assertEquals(
        List.of(
            "invalid value '\"a\"b' for flag --letters: expected ',' after the closing quote at"
                + " position 3"),
        problems(PARSER, "--letters=\"a\"b"));
  }

  @Test
  void aListElementWithACommaOrAQuoteIsWrittenQuotedAndReadsBack() throws Exception {
    FlagValues values = PARSER.parse("--letters=\"a,b\",\"\"\"q\",").values();
    assertEquals(List.of("a,b", "\"q", ""), values.get(ConformanceFlags.class).letters());
    String text = values.toFlagfile();
    assertEquals("--letters=\"a,b\",\"\"\"q\",\"\"\n--d=0.0\n", text);
    Path file = Files.writeString(dir.resolve("letters.conf"), text);
    assertEquals(List.of("a,b", "\"q", ""), flags("--flagfile=" + file).letters());
  }
}
