package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime and every generated file stay free of reflection: no {@code java.lang.reflect}, no
 * {@code Class.forName}, no proxies, no reflective instantiation.
 */
class NoReflectionTest {
  private static final Pattern REFLECTION =
      Pattern.compile(
          "java\\.lang\\.reflect|Class\\.forName|Proxy\\.newProxyInstance"
              + "|getDeclared(Method|Field|Constructor)|\\.newInstance\\(|MethodHandles");

  /** Source roots, relative to this module, that must not reflect. */
  private static final List<String> ROOTS =
      List.of(
          "../runtime/src/main/java",
          "../runtime/target/generated-sources",
          "target/generated-sources",
          "target/generated-test-sources");

  @Test
  void runtimeAndGeneratedCodeDoNotReflect() throws IOException {
    List<String> hits = new ArrayList<>();
    int scanned = 0;
    for (String root : ROOTS) {
      Path dir = Path.of(root);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          scanned++;
          List<String> lines = read(file);
          for (int i = 0; i < lines.size(); i++) {
            if (REFLECTION.matcher(lines.get(i)).find()) {
              hits.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertTrue(scanned > 20, "scanned only " + scanned + " files; are the roots right?");
    assertEquals(List.of(), hits);
  }

  @Test
  void thePatternCatchesReflection() {
    assertTrue(REFLECTION.matcher("Class.forName(name)").find());
    assertTrue(REFLECTION.matcher("import java.lang.reflect.Method;").find());
    assertTrue(REFLECTION.matcher("type.getDeclaredConstructor().newInstance()").find());
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
