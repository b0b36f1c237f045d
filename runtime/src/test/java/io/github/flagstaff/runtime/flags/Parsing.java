package io.github.flagstaff.runtime.flags;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Shared set-up for the parser tests. */
final class Parsing {
  static final FlagRegistry REGISTRY = FlagRegistry.of(TestFlags.class);
  static final FlagParser PARSER = FlagParser.of(REGISTRY).withEnvironment(Map.of());

  private Parsing() {}

  static ParseResult parse(String... args) {
    try {
      return PARSER.parse(args);
    } catch (FlagException e) {
      throw new AssertionError("unexpected: " + e.getMessage(), e);
    }
  }

  static TestFlags flags(String... args) {
    return parse(args).values().get(TestFlags.class);
  }

  static List<String> problems(String... args) {
    return assertThrows(FlagException.class, () -> PARSER.parse(args)).problems();
  }

  static Path write(Path file, String... lines) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
