package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module's main sources and every generated file stay free of reflection: no {@code
 * java.lang.reflect}, no {@code Class.forName}, no proxies, no reflective instantiation.
 */
class NoReflectionTest {
  private static final Pattern REFLECTION =
      Pattern.compile(
          "java\\.lang\\.reflect|Class\\.forName|Proxy\\.newProxyInstance"
              + "|getDeclared(Method|Field|Constructor)|\\.newInstance\\(|MethodHandles");

  /** Each module's own sources. */
  private static final String SOURCES = "src/main/java";

  /** What processors generated for a module; only Flagstaff's files count (not JMH's, say). */
  private static final List<String> GENERATED =
      List.of("target/generated-sources", "target/generated-test-sources");

  private static final String FLAGSTAFF_GENERATED =
      "@Generated(\"io.github.flagstaff.processor.FlagstaffProcessor\")";

  @Test
  void noModuleReflectsAndNeitherDoesGeneratedCode() throws IOException {
    List<String> hits = new ArrayList<>();
    Map<String, Integer> scanned = new TreeMap<>();
    for (String module : modules()) {
      for (String root : roots()) {
        boolean generated = !root.equals(SOURCES);
        Path dir = Path.of("..", module, root);
        if (!Files.isDirectory(dir)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
            List<String> lines = read(file);
            if (generated && !lines.contains(FLAGSTAFF_GENERATED)) {
              continue;
            }
            scanned.merge(module + (generated ? " (generated)" : ""), 1, Integer::sum);
            for (int i = 0; i < lines.size(); i++) {
              if (REFLECTION.matcher(lines.get(i)).find()) {
                hits.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
              }
            }
          }
        }
      }
    }
    for (String module : modules()) {
      if (Files.isDirectory(Path.of("..", module, "src/main/java"))) {
        assertTrue(scanned.getOrDefault(module, 0) > 0, "scanned nothing of " + module);
      }
    }
    assertTrue(
        scanned
            .keySet()
            .containsAll(List.of("rabbit", "runtime (generated)", "examples (generated)")),
        "" + scanned);
    assertEquals(List.of(), hits);
  }

  private static List<String> roots() {
    List<String> roots = new ArrayList<>(GENERATED);
    roots.add(0, SOURCES);
    return roots;
  }

  /** The modules the parent POM lists. */
  private static List<String> modules() throws IOException {
    Matcher module =
        Pattern.compile("<module>([^<]+)</module>")
            .matcher(Files.readString(Path.of("../pom.xml")));
    List<String> out = new ArrayList<>();
    while (module.find()) {
      out.add(module.group(1));
    }
    return out;
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
