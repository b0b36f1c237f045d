package io.github.flagstaff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.flagstaff.processor.Compilations.compile;
import static io.github.flagstaff.processor.GenerationTest.golden;

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
    assertThat(compilation)
        .generatedSourceFile("test.web.LibraryApiRouter")
        .contentsAsUtf8String()
        .isEqualTo(golden("LibraryApiRouter.java"));
  }

  @Test
  void generatesTheBinarysMainWithTheApisFlagsAsData() {
    assertThat(compilation)
        .generatedSourceFile("test.web.NovaApiMain")
        .contentsAsUtf8String()
        .isEqualTo(golden("NovaApiMain.java"));
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
