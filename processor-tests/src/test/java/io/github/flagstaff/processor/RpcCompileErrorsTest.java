package io.github.flagstaff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.flagstaff.processor.Compilations.assertError;
import static io.github.flagstaff.processor.Compilations.compile;
import static io.github.flagstaff.processor.Compilations.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compile error of the RPC issue: its message, and the line javac reports it on. */
class RpcCompileErrorsTest {

  /** A manager {@code test.M} of topic {@code m} with {@code members}, from line 5 on. */
  private static JavaFileObject manager(String... members) {
    String[] lines = new String[members.length + 5];
    lines[0] = "package test;";
    lines[1] =
        "import io.github.flagstaff.*; import io.github.flagstaff.runtime.service.*;"
            + " import io.github.flagstaff.runtime.rpc.RequestContext; import java.util.*;";
    lines[2] = "@ServiceManager(topic = \"m\")";
    lines[3] = "public class M extends Manager {";
    System.arraycopy(members, 0, lines, 4, members.length);
    lines[lines.length - 1] = "}";
    return source("M", lines);
  }

  @Test
  void unsupportedParameterType() {
    assertError(
        manager("  @Rpc", "  public void run(String name,", "      StringBuilder buffer) {}"),
        "unsupported RPC type java.lang.StringBuilder of parameter 'buffer': use primitives and"
            + " their boxes, String, enums, List<T>, Map<String, T>, Optional<T>, or records of"
            + " those",
        "StringBuilder buffer");
  }

  @Test
  void mapWithNonStringKeys() {
    assertError(
        manager("  @Rpc", "  public void run(Map<Integer, String> byId) {}"),
        "unsupported RPC type java.util.Map<java.lang.Integer,java.lang.String> of parameter"
            + " 'byId'",
        "Map<Integer, String> byId");
  }

  @Test
  void recordWithAnUnsupportedComponent() {
    JavaFileObject record = source("Box", "package test;", "public record Box(Object content) {}");
    JavaFileObject manager = manager("  @Rpc", "  public void put(Box box) {}");
    assertThat(compile(record, manager))
        .hadErrorContaining("unsupported RPC type test.Box of parameter 'box'")
        .inFile(manager)
        .onLineContaining("Box box");
  }

  @Test
  void unsupportedReturnType() {
    assertError(
        manager("  @Rpc", "  public Thread run() { return null; }"),
        "unsupported RPC result type java.lang.Thread: use primitives",
        "public Thread run()");
  }

  @Test
  void rpcOutsideAManager() {
    JavaFileObject file =
        source(
            "C",
            "package test;",
            "public class C {",
            "  @io.github.flagstaff.Rpc",
            "  public void run() {}",
            "}");
    assertError(
        file,
        "@Rpc methods belong in a @ServiceManager class (a subclass of"
            + " io.github.flagstaff.runtime.service.Manager)",
        "public void run()");
  }

  @Test
  void rpcOnANonPublicMethod() {
    assertError(
        manager("  @Rpc", "  void run() {}"), "an @Rpc method must be public", "void run()");
  }

  @Test
  void rpcOnAPrivateMethod() {
    assertError(
        manager("  @Rpc", "  private void run() {}"),
        "an @Rpc method must be public",
        "private void run()");
  }

  @Test
  void rpcOnAStaticMethod() {
    assertError(
        manager("  @Rpc", "  public static void run() {}"),
        "@Rpc cannot be used on a static method",
        "public static void run()");
  }

  @Test
  void overloadedRpcNames() {
    assertError(
        manager(
            "  @Rpc",
            "  public void run(String name) {}",
            "  @Rpc",
            "  public void run(int times) {}"),
        "@Rpc method name run is used twice in M; overloads cannot be told apart in a message",
        "public void run(int times)");
  }

  @Test
  void twoRequestContexts() {
    assertError(
        manager("  @Rpc", "  public void run(RequestContext a,", "      RequestContext b) {}"),
        "an @Rpc method takes at most one RequestContext",
        "RequestContext b");
  }

  @Test
  void managersOfATopicDisagreeOnAnRpcSignature() {
    JavaFileObject a =
        source(
            "A",
            "package test;",
            "import io.github.flagstaff.*; import io.github.flagstaff.runtime.service.*;",
            "@ServiceManager(topic = \"t\", isDefault = true)",
            "public class A extends Manager {",
            "  @Rpc public int size(String name) { return 0; }",
            "}");
    JavaFileObject b =
        source(
            "B",
            "package test;",
            "import io.github.flagstaff.*; import io.github.flagstaff.runtime.service.*;",
            "@ServiceManager(topic = \"t\")",
            "public class B extends Manager {",
            "  @Rpc public long size(String name) { return 0; }",
            "}");
    assertThat(compile(a, b))
        .hadErrorContaining(
            "@Rpc method size of test.B differs from the one of test.A; managers of topic 't'"
                + " share one client, so they must agree")
        .inFile(b)
        .onLineContaining("public long size");
  }
}
