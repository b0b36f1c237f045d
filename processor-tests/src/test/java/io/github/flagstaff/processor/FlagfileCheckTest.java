package io.github.flagstaff.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.github.flagstaff.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.flagstaff.runtime.flags.FlagException;
import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.ParseResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flagfiles named by {@code -Aflagstaff.flagfiles}, checked at build time: each problem is a
 * compile error worded as the runtime words it, naming the file and line.
 */
class FlagfileCheckTest {
  @TempDir Path project;

  /** A flag set with a flag of each kind the checks need. */
  private static final JavaFileObject SERVER_FLAGS =
      source(
          "ServerFlags",
          "package test;",
          "import io.github.flagstaff.Flag;",
          "import java.util.List;",
          "public interface ServerFlags {",
          "  enum Mode { FLAT, VLAN }",
          "  @Flag(help = \"Port.\", defaultValue = \"8080\", min = \"1\", max = \"65535\")",
          "  int port();",
          "  @Flag(help = \"Mode.\", defaultValue = \"flat\") Mode mode();",
          "  @Flag(help = \"Server.\", defaultValue = \"localhost\") String server();",
          "  @Flag(help = \"Greeting.\", defaultValue = \"hello\") String greeting();",
          "  @Flag(help = \"Workers.\", defaultValue = \"4\", aliases = \"threads\") int"
              + " workers();",
          "  @Flag(help = \"API token.\", secret = true) java.util.Optional<String> apiToken();",
          "  @Flag(help = \"Backends.\") List<Mode> backends();",
          "}");

  private Path write(String name, String... lines) throws IOException {
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private Compilation compile(String flagfiles, JavaFileObject... sources) {
    return javac()
        .withProcessors(new FlagstaffProcessor())
        .withOptions("-Aflagstaff.basedir=" + project, "-Aflagstaff.flagfiles=" + flagfiles)
        .compile(sources);
  }

  private Compilation check(String... lines) throws IOException {
    write("etc/nova.conf", lines);
    return compile("etc/nova.conf", SERVER_FLAGS);
  }

  private static List<String> messages(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<String> out = new ArrayList<>();
    diagnostics.forEach(d -> out.add(d.getMessage(Locale.ROOT)));
    return out;
  }

  /** Only the errors about flagfiles: those a source file would be named for are not. */
  private static void assertOnlyError(Compilation compilation, String message) {
    assertThat(compilation).failed();
    assertThat(messages(compilation.errors())).containsExactly(message);
  }

  @Test
  void aGoodFileCompiles() throws IOException {
    Compilation compilation =
        check(
            "# comment",
            "// comment too",
            "",
            "--port=0x50",
            "--mode=vlan",
            "--server=example.org",
            "--greeting=hello from $server",
            "--backends=flat,VLAN",
            "--report_interval=10s");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void unknownFlagWithDidYouMean() throws IOException {
    assertOnlyError(
        check("--port=80", "--sevrer=example.org"),
        "etc/nova.conf:2: unknown flag --sevrer; did you mean --server?");
  }

  @Test
  void valueThatDoesNotParse() throws IOException {
    assertOnlyError(
        check("--port=eighty"),
        "etc/nova.conf:1: invalid value 'eighty' for flag --port: expected int");
  }

  @Test
  void valueOutOfBounds() throws IOException {
    assertOnlyError(
        check("", "--port=70000"),
        "etc/nova.conf:2: invalid value '70000' for flag --port: out of range [1, 65535]");
  }

  @Test
  void valueNotAmongTheChoices() throws IOException {
    assertOnlyError(
        check("--mode=bridge"),
        "etc/nova.conf:1: invalid value 'bridge' for flag --mode: expected one of FLAT, VLAN");
    assertOnlyError(
        check("--backends=flat,bridge"),
        "etc/nova.conf:1: invalid value 'flat,bridge' for flag --backends: expected one of FLAT,"
            + " VLAN");
  }

  @Test
  void flagsOnTheClassPathAreChecked() throws IOException {
    assertOnlyError(
        check("--report_interval=10 seconds"),
        "etc/nova.conf:1: invalid value '10 seconds' for flag --report_interval: expected duration"
            + " (e.g. 250ms, 90s, 1h30m, PT5M)");
    assertOnlyError(
        check("--periodic_intervall=5s"),
        "etc/nova.conf:1: unknown flag --periodic_intervall; did you mean --periodic_interval?");
  }

  /**
   * A dependency's flags come from its generated classes on the class path, read as data: its flag
   * sets (with their enums) and its manager flags.
   */
  @Test
  void flagsOfAnotherModuleAreChecked(@TempDir Path dependency) throws IOException {
    Compilation other =
        javac()
            .withProcessors(new FlagstaffProcessor())
            .compile(
                SERVER_FLAGS,
                JavaFileObjects.forResource("sources/test/net/BridgeFlags.java"),
                JavaFileObjects.forResource("sources/test/net/Lease.java"),
                JavaFileObjects.forResource("sources/test/net/FlatManager.java"),
                JavaFileObjects.forResource("sources/test/net/VlanManager.java"));
    assertThat(other).succeeded();
    write(
        "etc/nova.conf",
        "--mode=vlan",
        "--backends=flat,ring",
        "--net_manager=test.net.FlatManager",
        "--bridge=br0",
        "--net_manager=test.net.VlanManger",
        "--port=99999",
        "--upgrade_levels_net=1.2",
        "--upgrade_levels_net=latest");
    Compilation compilation = checkWithDependency(other, dependency);
    assertThat(messages(compilation.errors()))
        .containsExactly(
            "etc/nova.conf:2: invalid value 'flat,ring' for flag --backends: expected one of FLAT,"
                + " VLAN",
            "etc/nova.conf:5: invalid value 'test.net.VlanManger' for flag --net_manager: expected"
                + " one of test.net.FlatManager, test.net.VlanManager",
            "etc/nova.conf:6: invalid value '99999' for flag --port: out of range [1, 65535]",
            "etc/nova.conf:8: invalid value 'latest' for flag --upgrade_levels_net: expected an RPC"
                + " API version: major.minor, such as 1.3")
        .inOrder();
  }

  /** A web binary's flags, declared as data in its main class, are known from the class path. */
  @Test
  void flagsOfAWebBinaryOfAnotherModuleAreChecked(@TempDir Path dependency) throws IOException {
    Compilation other =
        javac()
            .withProcessors(new FlagstaffProcessor())
            .compile(
                JavaFileObjects.forResource("sources/test/web/LibraryFlags.java"),
                JavaFileObjects.forResource("sources/test/web/LibraryApi.java"));
    assertThat(other).succeeded();
    write("etc/nova.conf", "--library_workers=4", "--library_listen_port=99999");
    Compilation compilation = checkWithDependency(other, dependency);
    assertThat(messages(compilation.errors()))
        .containsExactly(
            "etc/nova.conf:2: invalid value '99999' for flag --library_listen_port: out of range"
                + " [0, 65535]");
  }

  /**
   * Checks {@code etc/nova.conf} in a compilation of an empty class that has the classes of {@code
   * other}, written to {@code dependency}, on its class path.
   */
  private Compilation checkWithDependency(Compilation other, Path dependency) throws IOException {
    CompiledModule.load(other, dependency);
    List<File> classPath = new ArrayList<>();
    classPath.add(dependency.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    return javac()
        .withProcessors(new FlagstaffProcessor())
        .withClasspath(classPath)
        .withOptions("-Aflagstaff.basedir=" + project, "-Aflagstaff.flagfiles=etc/nova.conf")
        .compile(source("Main", "package test;", "class Main {}"));
  }

  /** The version cap flag of a client generated in this compilation is known, and checked. */
  @Test
  void upgradeLevelsFlagOfThisModulesClient() throws IOException {
    JavaFileObject[] net = {
      JavaFileObjects.forResource("sources/test/net/BridgeFlags.java"),
      JavaFileObjects.forResource("sources/test/net/Lease.java"),
      JavaFileObjects.forResource("sources/test/net/FlatManager.java"),
      JavaFileObjects.forResource("sources/test/net/VlanManager.java")
    };
    write("etc/nova.conf", "--upgrade_levels_net=1.2");
    assertThat(compile("etc/nova.conf", net)).succeededWithoutWarnings();
    write("etc/nova.conf", "--upgrade_levels_net=1.2", "--upgrade_levels_net=1");
    assertOnlyError(
        compile("etc/nova.conf", net),
        "etc/nova.conf:2: invalid value '1' for flag --upgrade_levels_net: expected an RPC API"
            + " version: major.minor, such as 1.3");
  }

  /** The flags of a web binary of this compilation, declared as data in its main, are known. */
  @Test
  void flagsOfThisModulesWebBinary() throws IOException {
    JavaFileObject[] web = {
      JavaFileObjects.forResource("sources/test/web/LibraryFlags.java"),
      JavaFileObjects.forResource("sources/test/web/LibraryApi.java")
    };
    write("etc/nova.conf", "--library_workers=4");
    assertThat(compile("etc/nova.conf", web)).succeededWithoutWarnings();
    write("etc/nova.conf", "--library_workers=4", "--library_listen_port=99999");
    assertOnlyError(
        compile("etc/nova.conf", web),
        "etc/nova.conf:2: invalid value '99999' for flag --library_listen_port: out of range"
            + " [0, 65535]");
  }

  @Test
  void unknownManagerClass() throws IOException {
    write("etc/nova.conf", "--net_manager=test.net.VlanManger");
    Compilation compilation =
        compile(
            "etc/nova.conf",
            JavaFileObjects.forResource("sources/test/net/BridgeFlags.java"),
            JavaFileObjects.forResource("sources/test/net/Lease.java"),
            JavaFileObjects.forResource("sources/test/net/FlatManager.java"),
            JavaFileObjects.forResource("sources/test/net/VlanManager.java"));
    assertOnlyError(
        compilation,
        "etc/nova.conf:1: invalid value 'test.net.VlanManger' for flag --net_manager: expected one"
            + " of test.net.FlatManager, test.net.VlanManager");
  }

  @Test
  void referenceToAnUnknownFlag() throws IOException {
    assertOnlyError(
        check("--greeting=hello from $sevrer"),
        "etc/nova.conf:1: invalid value 'hello from $sevrer' for flag --greeting: $sevrer refers to"
            + " no flag; did you mean --server?");
  }

  @Test
  void missingInclude() throws IOException {
    assertOnlyError(
        check("--port=80", "--flagfile=common.conf"),
        "etc/nova.conf:2: flagfile not found: etc/common.conf");
  }

  @Test
  void includedFilesAreChecked() throws IOException {
    write("etc/common.conf", "--port=80", "--mode=ring");
    assertOnlyError(
        check("--flagfile=common.conf"),
        "etc/common.conf:2: invalid value 'ring' for flag --mode: expected one of FLAT, VLAN");
  }

  @Test
  void includeCycle() throws IOException {
    write("etc/a.conf", "--port=80", "--flagfile=b.conf");
    write("etc/b.conf", "--flagfile=a.conf");
    Path a = project.resolve("etc/a.conf").toAbsolutePath().normalize();
    Path b = project.resolve("etc/b.conf").toAbsolutePath().normalize();
    assertOnlyError(
        compile("etc/a.conf", SERVER_FLAGS),
        "etc/b.conf:1: flagfile include cycle: " + a + " -> " + b + " -> " + a);
  }

  @Test
  void lineThatIsNotAFlag() throws IOException {
    assertOnlyError(
        check("--port=80", "port=80"),
        "etc/nova.conf:2: not a flag: 'port=80' (flagfile lines are --name=value)");
  }

  @Test
  void deprecatedAliasIsAWarning() throws IOException {
    Compilation compilation = check("--threads=8");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.warnings()))
        .containsExactly("etc/nova.conf:1: flag --threads is deprecated; use --workers");
  }

  @Test
  void undefokInTheFileIsHonoured() throws IOException {
    assertThat(check("--undefok=retired,old_flag", "--retired=1", "--noold_flag"))
        .succeededWithoutWarnings();
    assertOnlyError(
        check("--undefok=retired", "--retierd=1"), "etc/nova.conf:2: unknown flag --retierd");
  }

  @Test
  void fromenvNamesAreCheckedButNoEnvironmentIsRead() throws IOException {
    assertThat(check("--fromenv=port")).succeededWithoutWarnings();
    assertOnlyError(
        check("--fromenv=prot"),
        "etc/nova.conf:1: --fromenv names unknown flag --prot; did you mean --port?");
  }

  @Test
  void secretFlagSetIsAWarning() throws IOException {
    Compilation compilation = check("--api_token=s3cr3t-value");
    assertThat(compilation).succeeded();
    assertThat(messages(compilation.warnings()))
        .containsExactly(
            "etc/nova.conf sets the secret flag --api_token; keep secrets out of the source tree,"
                + " in a flagfile given at run time");
  }

  @Test
  void secretValuesAreNeverPrinted() throws IOException {
    Compilation compilation =
        check(
            "--api_token=s3cr3t-value$",
            "--api_tokn=s3cr3t-value",
            "api_token=s3cr3t-value",
            "--noapi_token=s3cr3t-value");
    assertThat(compilation).failed();
    List<String> all = messages(compilation.diagnostics());
    assertThat(all).isNotEmpty();
    for (String message : all) {
      assertThat(message).doesNotContain("s3cr3t");
    }
    assertThat(all)
        .containsAtLeast(
            "etc/nova.conf:1: invalid value '****' for flag --api_token: a '$' in it does not start"
                + " a reference to another flag (write $$ for a literal $)",
            "etc/nova.conf:3: not a flag: 'api_token=****' (flagfile lines are --name=value)");
  }

  @Test
  void globsNameSeveralFiles() throws IOException {
    write("etc/prod/a.conf", "--port=1");
    write("etc/prod/b.conf", "--port=0");
    write("etc/prod/notes.txt", "not a flagfile");
    assertOnlyError(
        compile("etc/prod/*.conf", SERVER_FLAGS),
        "etc/prod/b.conf:1: invalid value '0' for flag --port: out of range [1, 65535]");
  }

  @Test
  void aGlobThatMatchesNothingIsAnError() {
    assertOnlyError(
        compile("etc/none/*.conf", SERVER_FLAGS),
        "-Aflagstaff.flagfiles: etc/none/*.conf matches no file in " + project.toAbsolutePath());
  }

  @Test
  void aMissingFlagfileIsAnError() {
    assertOnlyError(compile("etc/nova.conf", SERVER_FLAGS), "flagfile not found: etc/nova.conf");
  }

  @Test
  void theProjectDirectoryMustBeNamed() throws IOException {
    write("etc/nova.conf", "--port=80");
    Compilation compilation =
        javac()
            .withProcessors(new FlagstaffProcessor())
            .withOptions("-Aflagstaff.flagfiles=etc/nova.conf")
            .compile(SERVER_FLAGS);
    assertOnlyError(
        compilation,
        "-Aflagstaff.flagfiles names files relative to the project directory, so"
            + " -Aflagstaff.basedir must name it (in Maven:"
            + " -Aflagstaff.basedir=${project.basedir})");
  }

  @Test
  void nothingIsCheckedAfterOtherErrors() throws IOException {
    write("etc/nova.conf", "--nonsense");
    JavaFileObject broken =
        source(
            "Broken",
            "package test;",
            "public interface Broken {",
            "  @io.github.flagstaff.Flag(help = \"\", defaultValue = \"x\") int count();",
            "}");
    Compilation compilation = compile("etc/nova.conf", broken);
    assertThat(compilation).failed();
    assertThat(String.join("\n", messages(compilation.errors()))).doesNotContain("nonsense");
  }

  /** The verdict the runtime gives for {@code --flagfile=<file>}: its problems, or its warnings. */
  private static List<String> runtimeVerdict(Compilation compilation, Path classes, Path file) {
    FlagParser parser = FlagParser.of(CompiledModule.load(compilation, classes).registry());
    try {
      ParseResult result = parser.withEnvironment(Map.of()).parse("--flagfile=" + file);
      return result.warnings();
    } catch (FlagException e) {
      return e.problems();
    }
  }

  @Test
  void buildAndRunTimeGiveTheSameVerdict(@TempDir Path classes) throws IOException {
    Path good =
        write("good.conf", "--port=443", "--threads=2", "--greeting=hi $server", "--mode=flat");
    Path bad =
        write(
            "bad.conf",
            "--port=443x",
            "--prot=443",
            "--port=0",
            "--mode=ring",
            "--greeting=hi $sevrer",
            "port=1",
            "--threads=two",
            "--flagfile=missing.conf",
            "--report_interval=soon");
    JavaFileObject[] sources = {
      SERVER_FLAGS,
      JavaFileObjects.forResource("sources/test/net/BridgeFlags.java"),
      JavaFileObjects.forResource("sources/test/net/Lease.java"),
      JavaFileObjects.forResource("sources/test/net/FlatManager.java"),
      JavaFileObjects.forResource("sources/test/net/VlanManager.java")
    };

    Compilation goodBuild = compile(good.toString(), sources);
    assertThat(goodBuild).succeeded();
    List<String> goodWarnings = messages(goodBuild.warnings());
    assertThat(goodWarnings).isNotEmpty();
    assertThat(runtimeVerdict(goodBuild, classes, good)).isEqualTo(goodWarnings);

    Compilation badBuild = compile(bad.toString(), sources);
    assertThat(badBuild).failed();
    List<String> badErrors = messages(badBuild.errors());
    assertThat(badErrors).hasSize(9);
    assertThat(runtimeVerdict(goodBuild, classes, bad)).isEqualTo(badErrors);
  }
}
