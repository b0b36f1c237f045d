package io.github.flagstaff.runtime.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The parser under a coverage-guided fuzzer (Jazzer). Each input is raw bytes read as readable
 * text, so the seed corpus in {@code src/test/resources/.../FlagParserFuzzTestInputs/<method>/} is
 * plain argv or flagfile text: NUL separates argv elements (and flagfiles), newlines separate
 * lines. A normal build runs every corpus entry once; {@code -Pfuzz} fuzzes (see the README).
 *
 * <p>The properties: a parse succeeds or fails with a {@link FlagException} holding problems, and
 * nothing else, in bounded time, for any argv and any flagfiles; one bad line anywhere means no
 * result at all, with that line named; {@link FlagValues#toFlagfile()} reads back as equal values;
 * and a line on the command line or in a flagfile gives the same result.
 */
class FlagParserFuzzTest {
  private static final int MAX_FILES = 5;
  private static final Set<String> BUILT_INS_WITH_A_VALUE =
      Set.of("undefok", "fromenv", "tryfromenv", "helpmatch", "helpon", "completion_script");

  private static Path dir;

  @BeforeAll
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("flagfiles");
  }

  @AfterAll
  static void deleteDirectory() throws IOException {
    clear();
    Files.deleteIfExists(dir);
  }

  /** Random argv: a result or a {@link FlagException} with problems. */
  @FuzzTest
  @DictionaryFile(resourcePath = "flags.dict")
  void anyArgvParsesOrFailsWithAFlagError(byte[] input) {
    parsesOrFailsCleanly(argv(input));
  }

  /**
   * Random flagfiles (NUL-separated, up to five, named {@code f0} to {@code f4}, raw bytes, nested
   * and cyclic includes): a result or a {@link FlagException} with problems.
   */
  @FuzzTest
  @DictionaryFile(resourcePath = "flags.dict")
  void anyFlagfilesParseOrFailWithAFlagError(byte[] input) throws IOException {
    writeFiles(input);
    parsesOrFailsCleanly(List.of("--flagfile=" + dir.resolve("f0")));
  }

  /**
   * One bad line inserted anywhere in a flagfile: the parse fails and names that line, so no value
   * of the good lines around it is ever applied.
   */
  @FuzzTest
  @DictionaryFile(resourcePath = "flags.dict")
  void aBadLineAnywhereMeansNoResult(byte[] input) throws IOException {
    // The parser ends a line at CR too; make each one a line here as well, to count them alike.
    String text = text(input).replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = input.length % (lines.size() + 1);
    lines.add(at, "--port=not a port");
    Path file = Files.writeString(dir.resolve("bad.conf"), String.join("\n", lines));
    FlagException e =
        assertThrows(FlagException.class, () -> Parsing.PARSER.parse("--flagfile=" + file));
    String expected = file + ":" + (at + 1) + ": invalid value 'not a port' for flag --port";
    assertTrue(
        e.problems().stream().anyMatch(p -> p.startsWith(expected)),
        () -> "expected a problem starting with " + expected + " in " + e.problems());
  }

  /** Any argv that parses writes a flagfile that parses back to equal values. */
  @FuzzTest
  @DictionaryFile(resourcePath = "flags.dict")
  void writingFlagsAsAFlagfileAndReadingItBackGivesEqualValues(byte[] input) throws IOException {
    FlagValues original = parseOrNull(argv(input));
    if (original == null) {
      return;
    }
    String flagfile;
    try {
      flagfile = original.toFlagfile();
    } catch (IllegalArgumentException e) {
      // Documented: a line break, surrounding spaces or a list element with a comma has no line.
      assertTrue(e.getMessage().matches("flag --\\w+ cannot be written: .+"), e.getMessage());
      return;
    }
    Path file = Files.writeString(dir.resolve("written.conf"), flagfile, StandardCharsets.UTF_8);
    FlagValues read = Parsing.parse("--flagfile=" + file).values();
    for (FlagValue<?> value : original.flags()) {
      assertEquals(value.value(), read.flag(value.name()).orElseThrow().value(), value.name());
    }
  }

  /**
   * The same {@code --name=value} lines as argv and as a flagfile: both fail, or both give equal
   * values.
   */
  @FuzzTest
  @DictionaryFile(resourcePath = "flags.dict")
  void aLineOnTheCommandLineOrInAFlagfileGivesTheSameResult(byte[] input) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : text(input).split("\n")) {
      if (isSelfContainedFlag(line.strip())) {
        lines.add(line.strip());
      }
    }
    Path file = Files.writeString(dir.resolve("same.conf"), String.join("\n", lines));
    FlagValues fromArgv = parseOrNull(lines);
    FlagValues fromFile = parseOrNull(List.of("--flagfile=" + file));
    assertEquals(fromArgv == null, fromFile == null, "one parse failed and the other did not");
    if (fromArgv != null) {
      for (FlagValue<?> value : fromArgv.flags()) {
        assertEquals(
            value.value(), fromFile.flag(value.name()).orElseThrow().value(), value.name());
      }
    }
  }

  /**
   * Whether {@code line} means the same as one argv element and as one flagfile line: a flag with
   * {@code =value}, or one without a value that takes none (so argv does not consume the next
   * element, whether named by its name or a deprecated alias). Flagfile names are left out, as they
   * resolve against different directories.
   */
  private static boolean isSelfContainedFlag(String line) {
    if (!line.startsWith("-") || line.equals("-") || line.equals("--") || line.indexOf('\r') >= 0) {
      return false;
    }
    String body = line.substring(line.startsWith("--") ? 2 : 1);
    if (body.startsWith("flagfile")) {
      return false;
    }
    if (body.indexOf('=') >= 0) {
      return true;
    }
    if (BUILT_INS_WITH_A_VALUE.contains(body)) {
      return false; // argv would take the next element as its value
    }
    FlagDescriptor<?> flag = Parsing.REGISTRY.byName(body);
    if (flag == null) {
      flag = Parsing.REGISTRY.byAlias(body);
    }
    return flag == null || flag.type().isBoolean();
  }

  private static void parsesOrFailsCleanly(List<String> argv) {
    try {
      Parsing.PARSER.parse(argv);
    } catch (FlagException e) {
      assertFalse(e.problems().isEmpty(), "a FlagException without problems");
      for (String problem : e.problems()) {
        assertFalse(problem.isBlank(), "a blank problem");
      }
    } catch (RuntimeException | Error e) {
      fail("parse " + argv + " threw " + e, e);
    }
  }

  private static FlagValues parseOrNull(List<String> argv) {
    try {
      return Parsing.PARSER.parse(argv).values();
    } catch (FlagException e) {
      return null;
    }
  }

  /** The input as text; bytes that are not UTF-8 become U+FFFD. */
  private static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  /** The input as argv: NUL separates the elements. */
  private static List<String> argv(byte[] input) {
    return input.length == 0 ? List.of() : Arrays.asList(text(input).split("\0", -1));
  }

  /** Writes the NUL-separated parts of {@code input} as the files {@code f0}, {@code f1}, .... */
  private static void writeFiles(byte[] input) throws IOException {
    clear();
    int file = 0;
    int start = 0;
    for (int i = 0; i <= input.length && file < MAX_FILES; i++) {
      if (i == input.length || input[i] == 0) {
        Files.write(dir.resolve("f" + file++), Arrays.copyOfRange(input, start, i));
        start = i + 1;
      }
    }
  }

  private static void clear() throws IOException {
    try (var files = Files.list(dir)) {
      files.forEach(
          file -> {
            try {
              Files.delete(file);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
