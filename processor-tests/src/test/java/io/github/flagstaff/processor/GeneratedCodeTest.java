package io.github.flagstaff.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.flagstaff.processor.Compilations.compile;
import static io.github.flagstaff.processor.Compilations.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import io.github.flagstaff.runtime.flags.FlagDescriptor;
import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagSetDefinition;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.JsonCodec;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code compiles for every legal input, at any size and with any names, and works: each
 * module here is compiled with the processor, loaded, and its flags parsed.
 */
class GeneratedCodeTest {
  @TempDir Path classes;

  @Test
  void fiveThousandFlagsInOneSetCompileAndParse() throws Exception {
    List<String> lines = new ArrayList<>(List.of("package test;", "public interface Huge {"));
    for (int i = 0; i < 5_000; i++) {
      lines.add(
          i % 2 == 0
              ? "  @io.github.flagstaff.Flag(help = \"String flag "
                  + i
                  + ".\", defaultValue ="
                  + " \"v\") String s"
                  + i
                  + "();"
              : "  @io.github.flagstaff.Flag(help = \"Int flag "
                  + i
                  + ".\", defaultValue = \"1\","
                  + " min = \"0\") int i"
                  + i
                  + "();");
    }
    lines.add("}");
    Compilation compilation = compile(source("Huge", lines.toArray(String[]::new)));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.HugeValues")
        .contentsAsUtf8String()
        .contains("public static final String FLAGS_49 =");

    CompiledModule module = CompiledModule.load(compilation, classes);
    FlagValues values =
        FlagParser.of(module.registry()).parse("--s4998=last", "--i4999=7").values();
    assertThat(values.get("s4998", null)).isEqualTo("last");
    assertThat(values.get("i4999", null)).isEqualTo(7);
    assertThat(values.get("s0", null)).isEqualTo("v");
    String view = module.flagSet("test.Huge").bind(values).toString();
    assertThat(view).startsWith("Huge{s0=v, i1=1, ");
    assertThat(view).endsWith(", s4998=last, i4999=7}");
  }

  @Test
  void twoHundredFlagSetsCompileAndBind() throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int s = 0; s < 200; s++) {
      sources.add(
          source(
              "Set" + s,
              "package test;",
              "public interface Set" + s + " {",
              "  @io.github.flagstaff.Flag(help = \"A.\", defaultValue = \"a\") String a"
                  + s
                  + "();",
              "  @io.github.flagstaff.Flag(help = \"B.\", defaultValue = \"2\") int b" + s + "();",
              "}"));
    }
    Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("io.github.flagstaff.index.FlagIndex_test")
        .contentsAsUtf8String()
        .contains("private Object bind1(int flagSet, Object[] values) {");

    CompiledModule module = CompiledModule.load(compilation, classes);
    FlagValues values = FlagParser.of(module.registry()).parse("--b199=5", "--a0=x").values();
    assertThat(module.flagSet("test.Set199").bind(values).toString())
        .isEqualTo("Set199{a199=a, b199=5}");
    assertThat(module.flagSet("test.Set0").bind(values).toString()).isEqualTo("Set0{a0=x, b0=2}");
  }

  /**
   * The index constructs records itself (of up to 99 flags, whose data fits in one constant): 9,900
   * casts in one method would be too large for the class file.
   */
  @Test
  void aHundredRecordsOfNinetyNineFlagsEachBindThroughSmallMethods() throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int s = 0; s < 100; s++) {
      List<String> lines =
          new ArrayList<>(List.of("package test;", "public interface R" + s + " {"));
      for (int f = 0; f < 99; f++) {
        lines.add(
            "  @io.github.flagstaff.Flag(help = \"F.\", defaultValue = \""
                + f
                + "\") int r"
                + s
                + "_"
                + f
                + "();");
      }
      lines.add("}");
      sources.add(source("R" + s, lines.toArray(String[]::new)));
    }
    Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("io.github.flagstaff.index.FlagIndex_test")
        .contentsAsUtf8String()
        .contains("private Object bind9(int flagSet, Object[] values) {");

    CompiledModule module = CompiledModule.load(compilation, classes);
    FlagValues values = FlagParser.of(module.registry()).parse("--r99_98=-1").values();
    assertThat(module.flagSet("test.R99").bind(values).toString())
        .endsWith(", r99_97=97, r99_98=-1}");
    assertThat(module.flagSet("test.R0").bind(values).toString()).startsWith("R0{r0_0=0, r0_1=1, ");
  }

  @Test
  void flagNamesThatCollideWithGeneratedMembersGetOtherMemberNames() throws Exception {
    Compilation compilation =
        compile(
            source(
                "Taken",
                "package test;",
                "interface Taken {",
                "  enum Mode { A, B }",
                "  @io.github.flagstaff.Flag(help = \"F.\", defaultValue = \"f\") String FLAGS();",
                "  @io.github.flagstaff.Flag(help = \"O.\", defaultValue = \"o\") String of();",
                "  @io.github.flagstaff.Flag(help = \"T.\", defaultValue = \"t\") String TYPE();",
                "  @io.github.flagstaff.Flag(help = \"V.\", defaultValue = \"v\") String values();",
                "  @io.github.flagstaff.Flag(help = \"E.\", defaultValue = \"a\") Mode"
                    + " enumConstants();",
                "}"),
            source(
                "ObjectNames",
                "package test;",
                "public interface ObjectNames {",
                "  @io.github.flagstaff.Flag(help = \"S.\", defaultValue = \"shown\") String"
                    + " toString();",
                "  @io.github.flagstaff.Flag(help = \"H.\", defaultValue = \"7\") int hashCode();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.TakenValues")
        .contentsAsUtf8String()
        .contains("public static final String FLAGS_ =");

    CompiledModule module = CompiledModule.load(compilation, classes);
    FlagValues values =
        FlagParser.of(module.registry()).parse("--enum_constants=b", "--to_string=mine").values();
    assertThat(module.flagSet("test.Taken").bind(values).toString())
        .isEqualTo("Taken{flags=f, of=o, type=t, values=v, enum_constants=B}");
    Object names = module.flagSet("test.ObjectNames").bind(values);
    assertThat(names.toString()).isEqualTo("mine");
    assertThat(names.hashCode()).isEqualTo(7);
  }

  @Test
  void rpcNamesThatCollideWithGeneratedNamesCompile() {
    Compilation compilation =
        compile(
            source(
                "Odd",
                "package test;",
                "import java.util.Optional;",
                "public record Odd(String in, int field, String out, String value,"
                    + " Optional<String> INSTANCE) {}"),
            source(
                "Context",
                "package test;",
                "import io.github.flagstaff.*;",
                "import io.github.flagstaff.runtime.service.*;",
                "@ServiceManager(topic = \"ctx\")",
                "public class Context extends Manager {",
                "  @PeriodicTask(spacing = \"1s\") public void tick() {}",
                "  @PeriodicTask(spacing = \"1s\") public void tock(TaskContext context) {}",
                "  @Rpc public Odd echo(Odd odd, String rpc, String target, String context,",
                "      String timeout, String sending, String arguments, String manager) {",
                "    return odd;",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.CtxClient")
        .contentsAsUtf8String()
        .contains(
            "public Odd echo(Odd odd, String rpc, String target, String context, String timeout,\n"
                + "        String sending_, String arguments, String manager) {");
  }

  @Test
  void aPathVariableNamedLikeTheRoutersFieldCompiles() {
    Compilation compilation =
        compile(
            source(
                "Apis",
                "package test;",
                "import io.github.flagstaff.web.*;",
                "@WebApi(name = \"apis\", port = 8091)",
                "public class Apis {",
                "  @Get(\"/apis/{api}/{request}\")",
                "  public String show(String api, String request) {",
                "    return api + request;",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aMissingOptionalFieldOfARecordIsReadAsEmpty() throws Exception {
    Compilation compilation =
        compile(
            source(
                "Note",
                "package test;",
                "import java.util.Optional;",
                "public record Note(String text, Optional<String> tag, Integer count) {}"),
            source(
                "Notes",
                "package test;",
                "import io.github.flagstaff.*;",
                "import io.github.flagstaff.runtime.service.*;",
                "@ServiceManager(topic = \"notes\")",
                "public class Notes extends Manager {",
                "  @Rpc public Note keep(Note note) { return note; }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledModule.load(compilation, classes);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      JsonCodec<?> codec =
          (JsonCodec<?>) loader.loadClass("test.NoteJsonCodec").getField("INSTANCE").get(null);
      JsonParser in = new JsonFactory().createParser("{\"text\": \"hi\"}");
      in.nextToken();
      Object note = codec.read(in);
      assertThat(note.toString()).isEqualTo("Note[text=hi, tag=Optional.empty, count=null]");
    }
  }

  @Test
  void helpTextLandsInTheDataIntactWhateverItHolds() throws Exception {
    String help =
        "Ends a comment */ and /* starts one; \\\\u000a, a tab\\there, \\\"quoted\\\", $x.";
    Compilation compilation =
        compile(
            source(
                "Tricky",
                "package test;",
                "public interface Tricky {",
                "  /** Even here: */",
                "  @io.github.flagstaff.Flag(help = \"" + help + "\", defaultValue = \"*/\")",
                "  String tricky();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledModule module = CompiledModule.load(compilation, classes);
    FlagDescriptor<?> flag = module.registry().byName("tricky");
    assertThat(flag.help())
        .isEqualTo("Ends a comment */ and /* starts one; \\u000a, a tab\there, \"quoted\", $x.");
    assertThat(flag.defaultText()).isEqualTo("*/");
  }

  @Test
  void aFlagSetIsViewedThroughTheRecordOfItsValues() throws Exception {
    Compilation compilation =
        compile(
            source(
                "Small",
                "package test;",
                "import java.util.Optional;",
                "public interface Small {",
                "  @io.github.flagstaff.Flag(help = \"P.\", defaultValue = \"1\") int port();",
                "  @io.github.flagstaff.Flag(help = \"K.\", secret = true, defaultValue = \"k\")",
                "  String key();",
                "  @io.github.flagstaff.Flag(help = \"N.\") Optional<String> nick();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledModule module = CompiledModule.load(compilation, classes);
    FlagSetDefinition<?> set = module.flagSet("test.Small");
    Object view = set.bind(FlagParser.of(module.registry()).parse("--port=9").values());
    assertThat(view.getClass().isRecord()).isTrue();
    assertThat(view.toString()).isEqualTo("Small{port=9, key=****, nick=Optional.empty}");
    assertThat(view)
        .isEqualTo(set.bind(FlagParser.of(module.registry()).parse("--port=9").values()));
  }
}
