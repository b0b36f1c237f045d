package io.github.flagstaff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.flagstaff.processor.Compilations.compile;
import static io.github.flagstaff.processor.GenerationTest.golden;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the processor generates for a topic with two managers (sources in {@code
 * src/test/resources/sources/test/net}), compared with reviewed golden files.
 */
class ServiceGenerationTest {
  private static Compilation compilation;

  @BeforeAll
  static void compileTheNetService() {
    compilation =
        compile(
            JavaFileObjects.forResource("sources/test/net/BridgeFlags.java"),
            JavaFileObjects.forResource("sources/test/net/Lease.java"),
            JavaFileObjects.forResource("sources/test/net/FlatManager.java"),
            JavaFileObjects.forResource("sources/test/net/VlanManager.java"));
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void generatesAFactoryPerManagerThatInjectsItsConstructorRunsItsTasksAndDispatchesItsRpc() {
    assertThat(compilation)
        .generatedSourceFile("test.net.FlatManagerFactory")
        .contentsAsUtf8String()
        .isEqualTo(golden("FlatManagerFactory.java"));
    assertThat(compilation)
        .generatedSourceFile("test.net.VlanManagerFactory")
        .contentsAsUtf8String()
        .contains("return new VlanManager();");
  }

  @Test
  void generatesTheMainWithTheManagerFlagAsDataInTheDefaultManagersPackage() {
    assertThat(compilation)
        .generatedSourceFile("test.net.NovaNetMain")
        .contentsAsUtf8String()
        .isEqualTo(golden("NovaNetMain.java"));
  }

  @Test
  void generatesNoFlagSetInterfaceForTheManagerFlag() {
    Truth.assertThat(compilation.generatedSourceFiles().stream().map(f -> f.getName()).toList())
        .containsExactly(
            "/SOURCE_OUTPUT/test/net/BridgeFlagsValues.java",
            "/SOURCE_OUTPUT/test/net/FlatManagerFactory.java",
            "/SOURCE_OUTPUT/test/net/VlanManagerFactory.java",
            "/SOURCE_OUTPUT/test/net/NetClient.java",
            "/SOURCE_OUTPUT/test/net/LeaseJsonCodec.java",
            "/SOURCE_OUTPUT/test/net/NovaNetMain.java",
            "/SOURCE_OUTPUT/io/github/flagstaff/index/FlagIndex_test_net.java",
            "/SOURCE_OUTPUT/io/github/flagstaff/index/ServiceIndex_test_net.java");
  }

  @Test
  void generatesATypedClientForTheTopic() {
    assertThat(compilation)
        .generatedSourceFile("test.net.NetClient")
        .contentsAsUtf8String()
        .isEqualTo(golden("NetClient.java"));
  }

  @Test
  void generatesACodecForEachRecordInASignature() {
    assertThat(compilation)
        .generatedSourceFile("test.net.LeaseJsonCodec")
        .contentsAsUtf8String()
        .isEqualTo(golden("LeaseJsonCodec.java"));
  }

  @Test
  void generatesTheServiceIndexAndRegistersIt() {
    assertThat(compilation)
        .generatedSourceFile("io.github.flagstaff.index.ServiceIndex_test_net")
        .contentsAsUtf8String()
        .isEqualTo(golden("ServiceIndex_test_net.java"));
    assertThat(compilation)
        .generatedFile(
            StandardLocation.CLASS_OUTPUT,
            "META-INF/services/io.github.flagstaff.runtime.service.ServiceIndex")
        .contentsAsUtf8String()
        .isEqualTo("io.github.flagstaff.index.ServiceIndex_test_net\n");
    assertThat(compilation)
        .generatedSourceFile("io.github.flagstaff.index.FlagIndex_test_net")
        .contentsAsUtf8String()
        .isEqualTo(golden("FlagIndex_test_net.java"));
  }
}
