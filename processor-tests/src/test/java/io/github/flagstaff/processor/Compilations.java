package io.github.flagstaff.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Compiles test sources with the Flagstaff processor. */
final class Compilations {

  private Compilations() {}

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new FlagstaffProcessor()).compile(sources);
  }

  /** A source file {@code test/<name>.java} from its lines; line numbers in tests count from 1. */
  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines("test." + name, lines);
  }
}
