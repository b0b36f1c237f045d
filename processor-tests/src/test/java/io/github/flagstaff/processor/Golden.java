package io.github.flagstaff.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/**
 * Generated sources compared with reviewed golden files in {@code src/test/resources/golden}. With
 * {@code -Dgolden.update=DIR} (the golden directory), a test writes what was generated there when
 * it differs, for review in the diff; it then still fails, so an update never passes unnoticed.
 */
final class Golden {
  private Golden() {}

  /** Asserts that {@code compilation} generated the class {@code type} exactly as {@code file}. */
  static void assertGenerated(Compilation compilation, String type, String file) {
    JavaFileObject generated =
        compilation
            .generatedSourceFile(type)
            .orElseThrow(() -> new AssertionError("no generated source " + type));
    String actual = contents(generated);
    String expected = read(file);
    String update = System.getProperty("golden.update");
    if (update != null && !actual.equals(expected)) {
      write(Path.of(update, file), actual);
      throw new AssertionError("wrote golden file " + file + "; review it and run again");
    }
    assertWithMessage("generated %s against golden %s", type, file)
        .that(actual)
        .isEqualTo(expected);
  }

  private static String read(String file) {
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contents(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path path, String contents) {
    try {
      Files.writeString(path, contents, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
