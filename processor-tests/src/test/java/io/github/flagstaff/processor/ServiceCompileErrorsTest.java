package io.github.flagstaff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.flagstaff.processor.Compilations.assertError;
import static io.github.flagstaff.processor.Compilations.compile;
import static io.github.flagstaff.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compile error of the services issue: its message, and the line javac reports it on. */
class ServiceCompileErrorsTest {
  private static final String IMPORTS =
      "import io.github.flagstaff.*; import io.github.flagstaff.runtime.service.*;"
          + " import io.github.flagstaff.runtime.flags.FlagValues;";

  /** {@code test.<name>} with the imports on line 2 and {@code lines} from line 3 on. */
  private static JavaFileObject file(String name, String... lines) {
    String[] all = new String[lines.length + 2];
    all[0] = "package test;";
    all[1] = IMPORTS;
    System.arraycopy(lines, 0, all, 2, lines.length);
    return source(name, all);
  }

  @Test
  void notAManagerSubclass() {
    assertError(
        file("M", "@ServiceManager(topic = \"m\")", "public class M {", "}"),
        "@ServiceManager class M must extend io.github.flagstaff.runtime.service.Manager",
        "public class M");
  }

  @Test
  void abstractManager() {
    assertError(
        file(
            "M",
            "@ServiceManager(topic = \"m\")",
            "public abstract class M extends Manager {",
            "}"),
        "@ServiceManager class M must not be abstract",
        "public abstract class M");
  }

  @Test
  void managerThatIsNotPublic() {
    assertError(
        file("M", "@ServiceManager(topic = \"m\")", "class M extends Manager {", "}"),
        "@ServiceManager class M must be public",
        "class M extends Manager");
  }

  @Test
  void managerOnAnInterface() {
    assertError(
        file("M", "@ServiceManager(topic = \"m\")", "public interface M {", "}"),
        "@ServiceManager applies to classes that extend"
            + " io.github.flagstaff.runtime.service.Manager",
        "public interface M");
  }

  @Test
  void noConstructorTheFactoryCanCall() {
    assertError(
        file(
            "M",
            "@ServiceManager(topic = \"m\")",
            "public class M extends Manager {",
            "  private M() {}",
            "}"),
        "M has no public constructor for its generated factory to call",
        "public class M");
  }

  @Test
  void severalConstructorsAndNoneChosen() {
    assertError(
        file(
            "M",
            "@ServiceManager(topic = \"m\")",
            "public class M extends Manager {",
            "  public M() {}",
            "  public M(ServiceContext context) {}",
            "}"),
        "M has several public constructors; mark the one to use with @ServiceManager.Constructor",
        "public class M");
  }

  @Test
  void aChosenConstructorAmongSeveralCompiles() {
    Compilation compilation =
        compile(
            file(
                "M",
                "@ServiceManager(topic = \"m\")",
                "public class M extends Manager {",
                "  public M() {}",
                "  @ServiceManager.Constructor public M(FlagValues values) {}",
                "}"));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("test.MFactory")
        .contentsAsUtf8String()
        .contains("return new M(values);");
  }

  @Test
  void twoConstructorsChosen() {
    assertError(
        file(
            "M",
            "@ServiceManager(topic = \"m\")",
            "public class M extends Manager {",
            "  @ServiceManager.Constructor public M() {}",
            "  @ServiceManager.Constructor public M(FlagValues values) {}",
            "}"),
        "only one constructor of M may be marked @ServiceManager.Constructor",
        "public M(FlagValues values)");
  }

  @Test
  void aParameterThatCannotBeInjected() {
    assertError(
        file(
            "M",
            "@ServiceManager(topic = \"m\")",
            "public class M extends Manager {",
            "  public M(ServiceContext context,",
            "      String name) {}",
            "}"),
        "cannot inject parameter 'name' of type java.lang.String: a manager's constructor may take"
            + " flag set interfaces, FlagValues and ServiceContext",
        "String name");
  }

  @Test
  void badTopic() {
    assertError(
        file(
            "M",
            "@ServiceManager(",
            "    topic = \"Net-Work\")",
            "public class M extends Manager {",
            "}"),
        "topic 'Net-Work' must match [a-z][a-z0-9_]*",
        "topic = \"Net-Work\"");
  }

  @Test
  void twoDefaultsForOneTopic() {
    JavaFileObject a =
        file(
            "A",
            "@ServiceManager(topic = \"net\", isDefault = true)",
            "public class A extends Manager {",
            "}");
    JavaFileObject b =
        file(
            "B",
            "@ServiceManager(topic = \"net\",",
            "    isDefault = true)",
            "public class B extends Manager {",
            "}");
    Compilation compilation = compile(a, b);
    assertThat(compilation)
        .hadErrorContaining("topic 'net' has two default managers: test.A and test.B")
        .inFile(b)
        .onLineContaining("isDefault = true");
  }

  @Test
  void severalManagersAndNoDefault() {
    JavaFileObject a =
        file("A", "@ServiceManager(topic = \"net\")", "public class A extends Manager {", "}");
    JavaFileObject b =
        file("B", "@ServiceManager(topic = \"net\")", "public class B extends Manager {", "}");
    Compilation compilation = compile(a, b);
    String message =
        "topic 'net' has several managers (test.A, test.B) and none is marked isDefault = true";
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(a)
        .onLineContaining("topic = \"net\"");
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(b)
        .onLineContaining("topic = \"net\"");
  }

  @Test
  void twoTopicsWithTheSameBinary() {
    JavaFileObject a =
        file(
            "A",
            "@ServiceManager(topic = \"one\", binary = \"nova-shared\")",
            "public class A extends Manager {",
            "}");
    JavaFileObject b =
        file(
            "B",
            "@ServiceManager(topic = \"two\",",
            "    binary = \"nova-shared\")",
            "public class B extends Manager {",
            "}");
    assertThat(compile(a, b))
        .hadErrorContaining("binary 'nova-shared' is already the binary of topic 'one'")
        .inFile(b)
        .onLineContaining("binary = \"nova-shared\"");
  }

  @Test
  void twoTopicsWithTheSameMainClassName() {
    JavaFileObject a =
        file("A", "@ServiceManager(topic = \"foo_bar\")", "public class A extends Manager {", "}");
    JavaFileObject b =
        file(
            "B",
            "@ServiceManager(topic = \"foo\",",
            "    binary = \"nova-foo-bar\")",
            "public class B extends Manager {",
            "}");
    assertThat(compile(a, b))
        .hadErrorContaining(
            "binary 'nova-foo-bar' would generate test.NovaFooBarMain, which binary 'nova-foo_bar'"
                + " generates already")
        .inFile(b)
        .onLineContaining("binary = \"nova-foo-bar\"");
  }

  @Test
  void managersOfOneTopicDisagreeOnTheBinary() {
    JavaFileObject a =
        file(
            "A",
            "@ServiceManager(topic = \"net\", isDefault = true, binary = \"nova-net\")",
            "public class A extends Manager {",
            "}");
    JavaFileObject b =
        file(
            "B",
            "@ServiceManager(topic = \"net\",",
            "    binary = \"nova-network\")",
            "public class B extends Manager {",
            "}");
    assertThat(compile(a, b))
        .hadErrorContaining(
            "managers of topic 'net' disagree on the binary: 'nova-net' (test.A) and"
                + " 'nova-network'")
        .inFile(b)
        .onLineContaining("binary = \"nova-network\"");
  }

  @Test
  void managerFlagThatClashesWithAUsersFlag() {
    JavaFileObject flags =
        file(
            "NetFlags",
            "public interface NetFlags {",
            "  @Flag(help = \"Mine.\", defaultValue = \"x\") String netManager();",
            "}");
    JavaFileObject manager =
        file(
            "M",
            "@ServiceManager(",
            "    topic = \"net\")",
            "public class M extends Manager {",
            "}");
    assertThat(compile(flags, manager))
        .hadErrorContaining(
            "flag --net_manager, which nova-net needs to choose its manager, is taken by flag"
                + " --net_manager declared by test.NetFlags.netManager()")
        .inFile(manager)
        .onLineContaining("topic = \"net\"");
  }

  @Test
  void periodicTaskOnAStaticMethod() {
    assertError(
        file(
            "M",
            "@ServiceManager(topic = \"m\")",
            "public class M extends Manager {",
            "  @PeriodicTask",
            "  public static void tick() {}",
            "}"),
        "@PeriodicTask cannot be used on a static method",
        "public static void tick()");
  }

  @Test
  void periodicTaskOnAPrivateMethod() {
    assertError(
        file(
            "M",
            "@ServiceManager(topic = \"m\")",
            "public class M extends Manager {",
            "  @PeriodicTask",
            "  private void tick() {}",
            "}"),
        "a @PeriodicTask method must not be private",
        "private void tick()");
  }

  @Test
  void periodicTaskWithOtherParameters() {
    assertError(
        file(
            "M",
            "@ServiceManager(topic = \"m\")",
            "public class M extends Manager {",
            "  @PeriodicTask",
            "  public void tick(int times) {}",
            "}"),
        "a @PeriodicTask method takes no parameters, or one TaskContext",
        "public void tick(int times)");
  }

  @Test
  void periodicTaskWithASpacingThatIsNotADuration() {
    assertError(
        file(
            "M",
            "@ServiceManager(topic = \"m\")",
            "public class M extends Manager {",
            "  @PeriodicTask(",
            "      spacing = \"often\")",
            "  public void tick() {}",
            "}"),
        "invalid spacing 'often' of task tick: expected duration (e.g. 250ms, 90s, 1h30m, PT5M)",
        "spacing = \"often\"");
  }

  @Test
  void periodicTaskWithANonPositiveSpacing() {
    assertError(
        file(
            "M",
            "@ServiceManager(topic = \"m\")",
            "public class M extends Manager {",
            "  @PeriodicTask(",
            "      spacing = \"-5s\")",
            "  public void tick() {}",
            "}"),
        "spacing '-5s' of task tick must be positive (use enabled = false to turn a task off)",
        "spacing = \"-5s\"");
  }

  @Test
  void periodicTaskOutsideAManager() {
    assertError(
        file("C", "public class C {", "  @PeriodicTask", "  public void tick() {}", "}"),
        "@PeriodicTask methods belong in a subclass of io.github.flagstaff.runtime.service.Manager",
        "public void tick()");
  }
}
