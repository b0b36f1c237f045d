package io.github.flagstaff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.flagstaff.processor.Compilations.compile;

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
    Golden.assertGenerated(compilation, "test.net.FlatManagerFactory", "FlatManagerFactory.java");
    assertThat(compilation)
        .generatedSourceFile("test.net.VlanManagerFactory")
        .contentsAsUtf8String()
        .contains("return new VlanManager();");
  }

  @Test
  void generatesTheMainWithTheManagerFlagAsDataInTheDefaultManagersPackage() {
    Golden.assertGenerated(compilation, "test.net.NovaNetMain", "NovaNetMain.java");
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
    Golden.assertGenerated(compilation, "test.net.NetClient", "NetClient.java");
  }

  @Test
  void generatesACodecForEachRecordInASignature() {
    Golden.assertGenerated(compilation, "test.net.LeaseJsonCodec", "LeaseJsonCodec.java");
  }

  @Test
  void generatesTheServiceIndexAndRegistersIt() {
    Golden.assertGenerated(
        compilation,
        "io.github.flagstaff.index.ServiceIndex_test_net",
        "ServiceIndex_test_net.java");
    assertThat(compilation)
        .generatedFile(
            StandardLocation.CLASS_OUTPUT,
            "META-INF/services/io.github.flagstaff.runtime.service.ServiceIndex")
        .contentsAsUtf8String()
        .isEqualTo("io.github.flagstaff.index.ServiceIndex_test_net\n");
    Golden.assertGenerated(
        compilation, "io.github.flagstaff.index.FlagIndex_test_net", "FlagIndex_test_net.java");
  }
}
