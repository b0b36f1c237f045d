package io.github.flagstaff.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.flagstaff.processor.Compilations.compile;
import static io.github.flagstaff.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** What the processor generates, compared with reviewed golden files. */
class GenerationTest {
  private static final JavaFileObject SERVER_FLAGS =
      source(
          "ServerFlags",
          "package test;",
          "",
          "import io.github.flagstaff.Flag;",
          "import java.nio.file.Path;",
          "import java.time.Duration;",
          "import java.util.List;",
          "import java.util.Optional;",
          "",
          "public interface ServerFlags {",
          "  enum Mode { FLAT, VLAN }",
          "",
          "  @Flag(help = \"Port to listen on.\", defaultValue = \"8080\", min = \"1\", max ="
              + " \"65535\")",
          "  int port();",
          "",
          "  @Flag(name = \"bind\", help = \"Address to bind.\", defaultValue = \"${host_ip}\")",
          "  String bindAddress();",
          "",
          "  @Flag(help = \"The host's address.\", defaultValue = \"127.0.0.1\")",
          "  String hostIp();",
          "",
          "  @Flag(help = \"Network mode.\", defaultValue = \"vlan\")",
          "  Mode mode();",
          "",
          "  @Flag(help = \"Request timeout.\", defaultValue = \"30s\", min = \"1ms\", max ="
              + " \"5m\")",
          "  Duration timeout();",
          "",
          "  @Flag(help = \"Where to keep state.\", defaultValue = \"/var/lib/server\")",
          "  Path stateDir();",
          "",
          "  @Flag(help = \"Bytes before rotating.\", defaultValue = \"0x100000\", min = \"0\")",
          "  long rotateBytes();",
          "",
          "  @Flag(help = \"Sampling ratio.\", defaultValue = \"0.25\", min = \"0\", max = \"1\")",
          "  double sampleRatio();",
          "",
          "  @Flag(help = \"Trace requests.\")",
          "  boolean trace();",
          "",
          "  @Flag(help = \"API token.\", required = true, secret = true)",
          "  String apiToken();",
          "",
          "  @Flag(help = \"Optional nickname.\")",
          "  Optional<String> nickname();",
          "",
          "  @Flag(help = \"Backend hosts.\", defaultValue = \"a,b\")",
          "  List<String> backends();",
          "",
          "  @Flag(help = \"Extra headers, one per use.\", repeatable = true)",
          "  List<String> header();",
          "",
          "  @Flag(help = \"Worker count.\", defaultValue = \"4\", aliases = {\"threads\","
              + " \"num_workers\"}, mutable = true)",
          "  int workers();",
          "}");

  @Test
  void generatesTheTypedViewHoldingTheFlagsAsData() {
    Compilation compilation = compile(SERVER_FLAGS);
    assertThat(compilation).succeededWithoutWarnings();
    Golden.assertGenerated(compilation, "test.ServerFlagsValues", "ServerFlagsValues.java");
  }

  @Test
  void generatesTheModuleIndexAndRegistersItForServiceLoader() {
    Compilation compilation = compile(SERVER_FLAGS);
    Golden.assertGenerated(
        compilation, "io.github.flagstaff.index.FlagIndex_test", "FlagIndex_test.java");
    assertThat(compilation)
        .generatedFile(
            StandardLocation.CLASS_OUTPUT,
            "META-INF/services/io.github.flagstaff.runtime.flags.FlagIndex")
        .contentsAsUtf8String()
        .isEqualTo("io.github.flagstaff.index.FlagIndex_test\n");
  }

  @Test
  void oneIndexListsEveryFlagSetOfTheModuleUnderTheirCommonPackageAndConstructsTheirRecords() {
    Compilation compilation =
        compile(
            source(
                "a.AFlags",
                "package test.a;",
                "public interface AFlags {",
                "  @io.github.flagstaff.Flag(help = \"A.\", defaultValue = \"1\") int alpha();",
                "}"),
            source(
                "b.BFlags",
                "package test.b;",
                "public interface BFlags {",
                "  @io.github.flagstaff.Flag(help = \"B.\", defaultValue = \"2\") int beta();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("io.github.flagstaff.index.FlagIndex_test")
        .contentsAsUtf8String()
        .contains("@GeneratedIndex({\n    \"test.a.AFlags\",\n    \"test.b.BFlags\"\n})");
    assertThat(compilation)
        .generatedSourceFile("io.github.flagstaff.index.FlagIndex_test")
        .contentsAsUtf8String()
        .contains(
            "      case 0 -> new AFlagsValues((int) values[0]);\n"
                + "      case 1 -> new BFlagsValues((int) values[0]);\n");
    assertThat(compilation)
        .generatedSourceFile("test.a.AFlagsValues")
        .contentsAsUtf8String()
        .doesNotContain("Object[]");
  }

  @Test
  void nestedInterfacesGetFlatNames() {
    Compilation compilation =
        compile(
            source(
                "Outer",
                "package test;",
                "public class Outer {",
                "  public interface Inner {",
                "    @io.github.flagstaff.Flag(help = \"X.\", defaultValue = \"x\") String"
                    + " value();",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Outer_InnerValues");
  }

  @Test
  void aPackagePrivateFlagSetIsNamedToTheIndexThroughItsView() {
    Compilation compilation =
        compile(
            source(
                "Hidden",
                "package test;",
                "interface Hidden {",
                "  enum Level { LOW, HIGH }",
                "  @io.github.flagstaff.Flag(help = \"L.\", defaultValue = \"low\") Level level();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.HiddenValues")
        .contentsAsUtf8String()
        .contains("public static final Class<?> TYPE = Hidden.class;");
    assertThat(compilation)
        .generatedSourceFile("io.github.flagstaff.index.FlagIndex_test")
        .contentsAsUtf8String()
        .contains("FlagData.flagSet(this, 0, HiddenValues.TYPE, HiddenValues.FLAGS)");
  }

  @Test
  void everyGeneratedTypeIsMarkedGenerated() {
    Compilation compilation = compile(SERVER_FLAGS);
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      assertThat(contents(file))
          .contains("@Generated(\"io.github.flagstaff.processor.FlagstaffProcessor\")");
    }
    assertThat(compilation.generatedSourceFiles()).hasSize(2);
  }

  private static String contents(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
