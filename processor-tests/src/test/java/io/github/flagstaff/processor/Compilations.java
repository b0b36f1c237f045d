package io.github.flagstaff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Compiles test sources with the Flagstaff processor. */
final class Compilations {

  private Compilations() {}

  /**
   * Compiles {@code file}, which must fail with {@code message} on the line containing the text.
   */
  static void assertError(JavaFileObject file, String message, String onLineContaining) {
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(file)
        .onLineContaining(onLineContaining);
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new FlagstaffProcessor()).compile(sources);
  }

  /** A source file {@code test/<name>.java} from its lines; line numbers in tests count from 1. */
  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines("test." + name, lines);
  }
}
