package io.github.flagstaff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.flagstaff.processor.Compilations.assertError;
import static io.github.flagstaff.processor.Compilations.compile;
import static io.github.flagstaff.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every compile error of versioned RPC APIs: its message, and the line of the annotation value
 * javac reports it on (each value is written on a line of its own).
 */
class VersionCompileErrorsTest {
  private static final String IMPORTS =
      "import io.github.flagstaff.*; import io.github.flagstaff.runtime.service.*;";

  /** A manager {@code test.<name>} of topic {@code t}, its annotation {@code attributes}. */
  private static JavaFileObject manager(String name, String attributes, String... members) {
    String[] lines = new String[members.length + 6];
    lines[0] = "package test;";
    lines[1] = IMPORTS;
    lines[2] = "@ServiceManager(topic = \"t\",";
    lines[3] = "    " + attributes + ")";
    lines[4] = "public class " + name + " extends Manager {";
    System.arraycopy(members, 0, lines, 5, members.length);
    lines[lines.length - 1] = "}";
    return source(name, lines);
  }

  @Test
  void malformedRpcVersion() {
    assertError(
        manager("M", "rpcVersion = \"1\""),
        "rpcVersion '1' is not an RPC API version: expected major.minor, such as 1.3",
        "rpcVersion = \"1\"");
  }

  @Test
  void malformedSince() {
    assertError(
        manager(
            "M",
            "rpcVersion = \"1.3\"",
            "  @Rpc(",
            "      since = \"v1.2\")",
            "  public void resize() {}"),
        "since 'v1.2' is not an RPC API version: expected major.minor, such as 1.3",
        "since = \"v1.2\"");
  }

  @Test
  void sinceWithALeadingZeroIsMalformed() {
    assertError(
        manager(
            "M",
            "rpcVersion = \"1.3\"",
            "  @Rpc(",
            "      since = \"1.02\")",
            "  public void a() {}"),
        "since '1.02' is not an RPC API version",
        "since = \"1.02\"");
  }

  @Test
  void sinceAboveTheManagersVersion() {
    assertError(
        manager(
            "M",
            "rpcVersion = \"1.3\"",
            "  @Rpc(",
            "      since = \"1.4\")",
            "  public void resize() {}"),
        "@Rpc method resize is since 1.4, which M does not implement: its rpcVersion is 1.3, and a"
            + " method's since must be of that major version and no higher",
        "since = \"1.4\"");
  }

  @Test
  void sinceOfAnotherMajorVersion() {
    assertError(
        manager(
            "M",
            "rpcVersion = \"2.1\"",
            "  @Rpc(",
            "      since = \"1.5\")",
            "  public void resize() {}"),
        "@Rpc method resize is since 1.5, which M does not implement: its rpcVersion is 2.1",
        "since = \"1.5\"");
  }

  @Test
  void sinceAboveAVersionInheritedIsReportedOnTheInheritedMethod() {
    JavaFileObject base =
        source(
            "Base",
            "package test;",
            IMPORTS,
            "public abstract class Base extends Manager {",
            "  @Rpc(",
            "      since = \"1.2\")",
            "  public void resize() {}",
            "}");
    JavaFileObject manager =
        source(
            "M",
            "package test;",
            IMPORTS,
            "@ServiceManager(topic = \"t\", rpcVersion = \"1.1\")",
            "public class M extends Base {}");
    assertThat(compile(base, manager))
        .hadErrorContaining("@Rpc method resize is since 1.2, which M does not implement")
        .inFile(base)
        .onLineContaining("since = \"1.2\"");
  }

  @Test
  void managersOfATopicDisagreeOnAMethodsVersion() {
    JavaFileObject a =
        manager(
            "A",
            "rpcVersion = \"1.3\", isDefault = true",
            "  @Rpc(since = \"1.2\") public void resize() {}");
    JavaFileObject b =
        manager(
            "B",
            "rpcVersion = \"1.3\"",
            "  @Rpc(",
            "      since = \"1.3\")",
            "  public void resize() {}");
    assertThat(compile(a, b))
        .hadErrorContaining(
            "@Rpc method resize of test.B is since 1.3 but since 1.2 in test.A; managers of topic"
                + " 't' share one client, which sends one version and namespace per method")
        .inFile(b)
        .onLineContaining("since = \"1.3\"");
  }

  @Test
  void aDefaultSinceDisagreesWithAWrittenOne() {
    JavaFileObject a =
        manager(
            "A",
            "rpcVersion = \"1.3\", isDefault = true",
            "  @Rpc(since = \"1.2\") public void resize() {}");
    JavaFileObject b = manager("B", "rpcVersion = \"1.3\"", "  @Rpc", "  public void resize() {}");
    assertThat(compile(a, b))
        .hadErrorContaining("@Rpc method resize of test.B is since 1.0 but since 1.2 in test.A")
        .inFile(b)
        .onLineContaining("public void resize()");
  }

  @Test
  void managersOfATopicDisagreeOnAMethodsNamespace() {
    JavaFileObject a =
        manager("A", "isDefault = true", "  @Rpc(namespace = \"baseapi\") public void ping() {}");
    JavaFileObject b =
        manager(
            "B",
            "binary = \"nova-t\"",
            "  @Rpc(",
            "      namespace = \"other\")",
            "  public void ping() {}");
    assertThat(compile(a, b))
        .hadErrorContaining(
            "@Rpc method ping of test.B is in namespace 'other' but in namespace 'baseapi' in"
                + " test.A")
        .inFile(b)
        .onLineContaining("namespace = \"other\"");
  }

  @Test
  void upgradeLevelsFlagThatClashesWithAUsersFlag() {
    JavaFileObject flags =
        source(
            "TFlags",
            "package test;",
            IMPORTS,
            "public interface TFlags {",
            "  @Flag(help = \"Mine.\", defaultValue = \"x\") String upgradeLevelsT();",
            "}");
    JavaFileObject manager = manager("M", "rpcVersion = \"1.1\"", "  @Rpc public void a() {}");
    assertThat(compile(flags, manager))
        .hadErrorContaining(
            "flag --upgrade_levels_t, which TClient needs for its version cap, is taken by flag"
                + " --upgrade_levels_t declared by test.TFlags.upgradeLevelsT()")
        .inFile(manager)
        .onLineContaining("@ServiceManager(topic = \"t\"");
  }

  @Test
  void methodsOfASecondMajorVersionDefaultToItsFirstVersion() {
    Compilation compilation =
        compile(
            manager(
                "M",
                "rpcVersion = \"2.3\"",
                "  @Rpc public void a() {}",
                "  @Rpc(since = \"2.3\") public void b() {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.TClient")
        .contentsAsUtf8String()
        .contains("sending.call(\"a\", \"2.0\", null, ArgumentList.NONE, Codecs.VOID)");
    assertThat(compilation)
        .generatedSourceFile("test.MFactory")
        .contentsAsUtf8String()
        .contains("super(\"test.M\", List.of(), \"2.3\");");
  }
}
