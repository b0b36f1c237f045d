package io.github.flagstaff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.flagstaff.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the processor generates for a web API (sources in {@code
 * src/test/resources/sources/test/web}), compared with reviewed golden files.
 */
class WebGenerationTest {
  private static Compilation compilation;

  @BeforeAll
  static void compileTheLibraryApi() {
    compilation =
        compile(
            JavaFileObjects.forResource("sources/test/web/LibraryFlags.java"),
            JavaFileObjects.forResource("sources/test/web/LibraryApi.java"));
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void generatesARouterThatSwitchesOverSegmentsThenMethods() {
    Golden.assertGenerated(compilation, "test.web.LibraryApiRouter", "LibraryApiRouter.java");
  }

  @Test
  void generatesTheBinarysMainWithTheApisFlagsAsData() {
    Golden.assertGenerated(compilation, "test.web.NovaApiMain", "NovaApiMain.java");
  }

  @Test
  void listsTheMainInBothIndexes() {
    assertThat(compilation)
        .generatedSourceFile("io.github.flagstaff.index.FlagIndex_test_web")
        .contentsAsUtf8String()
        .contains("FlagData.serviceFlags(NovaApiMain.class, NovaApiMain.FLAGS)");
    assertThat(compilation)
        .generatedSourceFile("io.github.flagstaff.index.ServiceIndex_test_web")
        .contentsAsUtf8String()
        .contains("NovaApiMain.SERVICE");
  }
}
