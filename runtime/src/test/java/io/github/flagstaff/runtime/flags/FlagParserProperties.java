package io.github.flagstaff.runtime.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.flagstaff.syntax.ValueSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * Properties that attack the parser with random input. Each runs {@code jqwik.tries.default} cases
 * (1,000 in CI, from {@code junit-platform.properties}); run more by hand with {@code -Djqwik
 * .tries.default=100000}.
 */
class FlagParserProperties {
  private static final List<String> NAMES =
      List.of(
          "name",
          "port",
          "big",
          "ratio",
          "debug",
          "nodebug",
          "mode",
          "timeout",
          "base",
          "data_dir",
          "nick",
          "limit",
          "ports",
          "tag",
          "password",
          "color",
          "new_name",
          "old_name",
          "undefok",
          "fromenv",
          "tryfromenv",
          "helpmatch",
          "prot",
          "x");

  // Random argv: success or a FlagException, nothing else, and never a hang.

  @Property
  void anyArgvParsesOrFailsWithAFlagError(@ForAll("argv") List<String> argv) {
    parsesOrFailsCleanly(() -> Parsing.PARSER.parse(argv));
  }

  @Provide
  Arbitrary<List<String>> argv() {
    return Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12),
            flagLine(),
            Arbitraries.of("--", "-", "--flagfile", "--help", "--noport", "--nodebug=true"))
        .list()
        .ofMaxSize(8);
  }

  // Random flagfiles: random bytes and lines, nested and cyclic includes, huge values, CRLF.

  @Property
  void anyFlagfilesParseOrFailWithAFlagError(@ForAll("flagfiles") List<String> files)
      throws IOException {
    Path dir = Files.createTempDirectory("flagfiles");
    try {
      for (int i = 0; i < files.size(); i++) {
        Files.write(dir.resolve("f" + i), files.get(i).getBytes(StandardCharsets.ISO_8859_1));
      }
      parsesOrFailsCleanly(() -> Parsing.PARSER.parse("--flagfile=" + dir.resolve("f0")));
    } finally {
      delete(dir);
    }
  }

  @Provide
  Arbitrary<List<String>> flagfiles() {
    Arbitrary<String> include = Arbitraries.integers().between(0, 4).map(i -> "--flagfile=f" + i);
    Arbitrary<String> line =
        Arbitraries.frequencyOf(
            Tuple.of(6, flagLine()),
            Tuple.of(2, include),
            Tuple.of(1, Arbitraries.strings().ofMaxLength(20)),
            Tuple.of(1, Arbitraries.of("# comment", "  // comment", "", "   ", "--")),
            Tuple.of(
                1,
                Arbitraries.strings()
                    .withChars('a', 'b', '$')
                    .ofLength(20_000)
                    .map(v -> "--name=" + v)));
    Arbitrary<String> text =
        Combinators.combine(line.list().ofMaxSize(10), Arbitraries.of("\n", "\r\n", "\r"))
            .as((lines, end) -> toLatin1Bytes(String.join(end, lines)));
    Arbitrary<String> bytes =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(64)
            .map(b -> new String(b, StandardCharsets.ISO_8859_1));
    return Arbitraries.frequencyOf(Tuple.of(9, text), Tuple.of(1, bytes))
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  /** The UTF-8 bytes of {@code text}, held in a Latin-1 string so files get exactly these bytes. */
  private static String toLatin1Bytes(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  // Writing the flags as a flagfile and reading it back gives equal values.

  @Property
  void writingFlagsAsAFlagfileAndReadingItBackGivesEqualValues(
      @ForAll("validArgv") List<String> argv) throws Exception {
    FlagValues original = Parsing.PARSER.parse(argv).values();
    Path file = Files.createTempFile("roundtrip", ".conf");
    try {
      Files.writeString(file, original.toFlagfile(), StandardCharsets.UTF_8);
      FlagValues read = Parsing.PARSER.parse("--flagfile=" + file).values();
      for (FlagValue<?> value : original.flags()) {
        assertEquals(value.value(), read.flag(value.name()).orElseThrow().value(), value.name());
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Provide
  Arbitrary<List<String>> validArgv() {
    Arbitrary<String> text =
        unicode()
            .excludeChars('\n', '\r', '\u0000')
            .ofMaxLength(12)
            .map(String::strip)
            .map(s -> s.replace("$", "$$"));
    Arbitrary<String> element = text.filter(s -> !s.contains(","));
    List<Arbitrary<String>> flags =
        List.of(
            text.map(v -> "--name=" + v),
            Arbitraries.integers().between(1, 65535).map(v -> "--port=" + v),
            Arbitraries.longs().map(v -> "--big=" + v),
            Arbitraries.doubles().map(v -> "--ratio=" + v),
            Arbitraries.of("--debug", "--nodebug", "--debug=yes", "--debug=0"),
            Arbitraries.of("--mode=flat", "--mode=VLAN"),
            Arbitraries.longs()
                .between(0, Duration.ofHours(2).toNanos())
                .map(n -> "--timeout=" + ValueSyntax.formatDuration(Duration.ofNanos(n))),
            text.map(v -> "--base=" + v),
            text.filter(v -> !v.isEmpty()).map(v -> "--data_dir=" + v),
            text.map(v -> "--nick=" + v),
            Arbitraries.integers().map(v -> "--limit=" + v),
            Arbitraries.integers()
                .list()
                .ofMaxSize(4)
                .map(l -> "--ports=" + String.join(",", l.stream().map(String::valueOf).toList())),
            text.map(v -> "--tag=" + v),
            text.map(v -> "--password=" + v),
            Arbitraries.of("--color=red", "--color=green"),
            element.list().ofMaxSize(3).map(l -> "--new_name=" + String.join("", l)));
    return Arbitraries.oneOf(flags).list().ofMaxSize(12);
  }

  // A value on the command line and the same value in a flagfile give the same result.

  @Property
  void aLineOnTheCommandLineOrInAFlagfileGivesTheSameResult(
      @ForAll("assignments") List<String> lines) throws IOException {
    Path file = Files.createTempFile("equivalence", ".conf");
    try {
      Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
      FlagValues fromArgv = parseOrNull(lines.toArray(String[]::new));
      FlagValues fromFile = parseOrNull("--flagfile=" + file);
      assertEquals(fromArgv == null, fromFile == null, "one parse failed and the other did not");
      if (fromArgv != null) {
        for (FlagValue<?> value : fromArgv.flags()) {
          assertEquals(
              value.value(), fromFile.flag(value.name()).orElseThrow().value(), value.name());
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Provide
  Arbitrary<List<String>> assignments() {
    Arbitrary<String> value =
        Arbitraries.oneOf(
                unicode().excludeChars('\n', '\r').ofMaxLength(10),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("true", "no", "vlan", "90s", "$base", "1,2", "x,,y"))
            .map(String::strip);
    Arbitrary<String> assignment =
        Combinators.combine(Arbitraries.of(NAMES), value).as((n, v) -> "--" + n + "=" + v);
    return Arbitraries.oneOf(assignment, Arbitraries.of("--debug", "--nodebug"))
        .filter(line -> !line.startsWith("--flagfile"))
        .list()
        .ofMaxSize(6);
  }

  /** Text of any characters but lone surrogates, which no UTF-8 file can hold. */
  private static StringArbitrary unicode() {
    return Arbitraries.strings()
        .withCharRange('\u0001', '\uD7FF')
        .withCharRange('\uE000', '\uFFFD');
  }

  private static Arbitrary<String> flagLine() {
    Arbitrary<String> name =
        Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings().alpha().ofMaxLength(6));
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(10),
            Arbitraries.strings().withChars("$${}abc_,0123456789").ofMaxLength(10),
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.of(
                "", "true", "0x10", "99999999999", "1h30m", "5 parsecs", "${", "$$", "日本"));
    return Combinators.combine(Arbitraries.of("--", "-"), name, Arbitraries.of("=", ""), value)
        .as((dash, n, eq, v) -> dash + n + (eq.isEmpty() ? "" : eq + v));
  }

  private static FlagValues parseOrNull(String... args) {
    try {
      return Parsing.PARSER.parse(args).values();
    } catch (FlagException e) {
      return null;
    }
  }

  private interface Parse {
    ParseResult run() throws FlagException;
  }

  private static void parsesOrFailsCleanly(Parse parse) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          try {
            parse.run();
          } catch (FlagException e) {
            assertFalse(e.problems().isEmpty());
          }
        });
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
