package io.github.flagstaff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.flagstaff.processor.Compilations.assertError;
import static io.github.flagstaff.processor.Compilations.compile;
import static io.github.flagstaff.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every compile error of the flags issue: its message, and the line javac reports it on (the line
 * of the offending element or annotation value).
 */
class CompileErrorsTest {

  /** A flag set {@code test.F} whose body is {@code members}, one per line, from line 4 on. */
  private static JavaFileObject flagSet(String... members) {
    String[] lines = new String[members.length + 4];
    lines[0] = "package test;";
    lines[1] = "import io.github.flagstaff.Flag;";
    lines[2] = "public interface F {";
    System.arraycopy(members, 0, lines, 3, members.length);
    lines[lines.length - 1] = "}";
    return source("F", lines);
  }

  @Test
  void sameNameTwiceInAModule() {
    JavaFileObject a =
        source(
            "A",
            "package test;",
            "public interface A {",
            "  @io.github.flagstaff.Flag(help = \"A port.\", defaultValue = \"1\")",
            "  int port();",
            "}");
    JavaFileObject b =
        source(
            "B",
            "package test;",
            "public interface B {",
            "  @io.github.flagstaff.Flag(name = \"port\", help = \"B port.\", defaultValue ="
                + " \"2\")",
            "  int listenPort();",
            "}");
    Compilation compilation = compile(a, b);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("flag name 'port' is taken by flag --port declared by test.A.port()")
        .inFile(b)
        .onLineContaining("name = \"port\"");
  }

  @Test
  void sameNameAsAFlagSetOnTheClassPath() {
    assertError(
        flagSet("  @Flag(help = \"Chatty.\")", "  boolean verbose();"),
        "flag name 'verbose' is taken by flag --verbose declared by"
            + " io.github.flagstaff.runtime.CommonFlags (on the class path)",
        "boolean verbose();");
  }

  @Test
  void aliasEqualToAnotherFlagsName() {
    assertError(
        flagSet(
            "  @Flag(help = \"P.\", defaultValue = \"1\")",
            "  int port();",
            "  @Flag(help = \"L.\", defaultValue = \"2\",",
            "      aliases = {\"listen\", \"port\"})",
            "  int listenPort();"),
        "alias 'port' of flag --listen_port is taken by flag --port declared by test.F.port()",
        "aliases = {\"listen\", \"port\"}");
  }

  @Test
  void nameEqualToAnotherFlagsAlias() {
    assertError(
        flagSet(
            "  @Flag(help = \"L.\", defaultValue = \"2\", aliases = \"port\")",
            "  int listenPort();",
            "  @Flag(help = \"P.\", defaultValue = \"1\")",
            "  int port();"),
        "flag name 'port' is taken by an alias of flag --listen_port declared by"
            + " test.F.listenPort()",
        "int port();");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "int | abc | expected int",
        "int | 99999999999 | out of range for int",
        "Mode | purple | expected one of RED, GREEN",
        "java.time.Duration | 5 parsecs | expected duration (e.g. 250ms, 90s, 1h30m, PT5M)",
        "boolean | maybe | expected bool (true/false, yes/no, 1/0)",
        "double | 1.5x | expected double",
        "java.util.List<Integer> | 1,x | expected int",
        "String | cost $5 | '$' must be followed by a flag name (write $$ for a literal $)"
      })
  void defaultThatDoesNotParse(String type, String value, String reason) {
    assertError(
        flagSet(
            "  enum Mode { RED, GREEN }",
            "  @Flag(help = \"X.\",",
            "      defaultValue = \"" + value + "\")",
            "  " + type + " x();"),
        "invalid default value '" + value + "' for flag --x: " + reason,
        "defaultValue = ");
  }

  @Test
  void defaultOutsideTheBounds() {
    assertError(
        flagSet(
            "  @Flag(help = \"P.\", min = \"1\", max = \"65535\",",
            "      defaultValue = \"0\")",
            "  int port();"),
        "default value '0' of flag --port is out of range [1, 65535]",
        "defaultValue = \"0\"");
    assertError(
        flagSet(
            "  @Flag(help = \"T.\", max = \"1m\", defaultValue = \"90s\")",
            "  java.time.Duration t();"),
        "default value '90s' of flag --t is out of range (maximum 1m)",
        "defaultValue = \"90s\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Object",
        "float",
        "java.util.List<Object>",
        "java.util.Optional<java.util.List<String>>",
        "java.util.List",
        "java.util.Set<String>",
        "StringBuilder",
        "int[]"
      })
  void unsupportedReturnType(String type) {
    assertError(
        flagSet("  @Flag(help = \"X.\")", "  " + type + " x();"),
        "unsupported flag type "
            + type.replace("Object", "java.lang.Object")
                .replace("<String>", "<java.lang.String>")
                .replace("StringBuilder", "java.lang.StringBuilder"),
        " x();");
  }

  @Test
  void methodWithParameters() {
    assertError(
        flagSet("  @Flag(help = \"X.\", defaultValue = \"x\")", "  String x(int i);"),
        "a @Flag method must not take parameters",
        "String x(int i);");
  }

  @Test
  void genericMethod() {
    assertError(
        flagSet("  @Flag(help = \"X.\", defaultValue = \"x\")", "  <T> String x();"),
        "a @Flag method must not be generic",
        "<T> String x();");
  }

  @Test
  void flagOnAClassIsRejectedByJavac() {
    JavaFileObject file =
        source(
            "C", "package test;", "@io.github.flagstaff.Flag(help = \"X.\")", "public class C {}");
    assertError(file, "not applicable", "@io.github.flagstaff.Flag");
  }

  @Test
  void flagOnADefaultMethod() {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\", defaultValue = \"x\")",
            "  default String x() { return \"\"; }"),
        "@Flag cannot be used on a default method; a flag is an abstract interface method",
        "default String x()");
  }

  @Test
  void flagOnAStaticMethod() {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\", defaultValue = \"x\")", "  static String x() { return \"\"; }"),
        "@Flag cannot be used on a static method; a flag is an abstract interface method",
        "static String x()");
  }

  @Test
  void flagOutsideAnInterface() {
    JavaFileObject file =
        source(
            "C",
            "package test;",
            "public abstract class C {",
            "  @io.github.flagstaff.Flag(help = \"X.\", defaultValue = \"x\")",
            "  public abstract String x();",
            "}");
    assertError(
        file,
        "@Flag methods must be declared in an interface (a flag set), not in class C",
        "public abstract String x();");
  }

  @ParameterizedTest
  @CsvSource({"MyFlag", "2fast", "my-flag", "_x"})
  void nameThatIsNotLowerSnakeCase(String name) {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\", defaultValue = \"x\",",
            "      name = \"" + name + "\")",
            "  String x();"),
        "flag name '" + name + "' must match [a-z][a-z0-9_]*",
        "name = \"" + name + "\"");
  }

  @Test
  void blankHelp() {
    assertError(
        flagSet("  @Flag(defaultValue = \"x\",", "      help = \"  \")", "  String x();"),
        "help of flag --x must not be blank",
        "help = \"  \"");
  }

  @Test
  void requiredFlagWithADefault() {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\", required = true,",
            "      defaultValue = \"x\")",
            "  String x();"),
        "flag --x is required, so it cannot have a default",
        "defaultValue = \"x\"");
  }

  @ParameterizedTest
  @CsvSource({"help", "flagfile", "undefok", "fromenv", "helpxml", "version", "nohelp"})
  void nameThatClashesWithABuiltInFlag(String name) {
    assertError(
        flagSet("  @Flag(help = \"X.\",", "      name = \"" + name + "\")", "  boolean x();"),
        "flag name '" + name + "' clashes with a built-in flag",
        "name = \"" + name + "\"");
  }

  @Test
  void aliasThatClashesWithABuiltInFlag() {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\", defaultValue = \"x\",",
            "      aliases = \"flagfile\")",
            "  String x();"),
        "alias 'flagfile' of flag --x clashes with a built-in flag",
        "aliases = \"flagfile\"");
  }

  @Test
  void flagWithNoDefaultThatIsNotRequiredOrOptional() {
    assertError(
        flagSet("  @Flag(help = \"X.\")", "  int x();"),
        "flag --x has no default: give a defaultValue, set required = true, or return"
            + " Optional<java.lang.Integer>",
        "int x();");
  }

  @Test
  void optionalFlagThatIsRequired() {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\",",
            "      required = true)",
            "  java.util.Optional<String> x();"),
        "flag --x is Optional, so it cannot be required",
        "required = true");
  }

  @Test
  void boundsOnATypeWithoutOrder() {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\", defaultValue = \"x\",", "      min = \"a\")", "  String x();"),
        "min applies only to int, long, double and Duration flags",
        "min = \"a\"");
  }

  @Test
  void boundThatDoesNotParse() {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\", defaultValue = \"1\",", "      max = \"lots\")", "  int x();"),
        "invalid max 'lots' for flag --x: expected int",
        "max = \"lots\"");
  }

  @Test
  void maxBelowMin() {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\", defaultValue = \"5\", min = \"10\",",
            "      max = \"1\")",
            "  int x();"),
        "max of flag --x is less than its min",
        "max = \"1\"");
  }

  @Test
  void choicesOnANonStringFlag() {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\", defaultValue = \"1\",",
            "      choices = {\"1\", \"2\"})",
            "  int x();"),
        "choices apply only to String flags; use an enum",
        "choices = {");
  }

  @Test
  void defaultThatIsNotAChoice() {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\", choices = {\"a\", \"b\"},",
            "      defaultValue = \"c\")",
            "  String x();"),
        "invalid default value 'c' for flag --x: expected one of a, b",
        "defaultValue = \"c\"");
  }

  @Test
  void choiceGivenTwice() {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\", defaultValue = \"a\",",
            "      choices = {\"a\", \"a\"})",
            "  String x();"),
        "choice 'a' of flag --x is given twice",
        "choices = {");
  }

  @Test
  void repeatableOnANonList() {
    assertError(
        flagSet(
            "  @Flag(help = \"X.\", defaultValue = \"x\",",
            "      repeatable = true)",
            "  String x();"),
        "repeatable applies only to List flags",
        "repeatable = true");
  }

  @Test
  void abstractMethodWithoutFlag() {
    assertError(
        flagSet("  @Flag(help = \"X.\", defaultValue = \"x\")", "  String x();", "  String y();"),
        "every abstract method of a flag set needs @Flag",
        "String y();");
  }

  @Test
  void genericFlagSet() {
    JavaFileObject file =
        source(
            "G",
            "package test;",
            "public interface G<T> {",
            "  @io.github.flagstaff.Flag(help = \"X.\", defaultValue = \"x\") String x();",
            "}");
    assertError(file, "a flag set interface must not be generic", "public interface G<T>");
  }

  @Test
  void flagSetThatExtendsAnInterface() {
    JavaFileObject file =
        source(
            "E",
            "package test;",
            "public interface E extends Runnable {",
            "  @io.github.flagstaff.Flag(help = \"X.\", defaultValue = \"x\") String x();",
            "}");
    assertError(
        file, "a flag set interface must not extend other interfaces", "public interface E");
  }

  @Test
  void everyErrorInOneCompilationIsReported() {
    JavaFileObject file =
        flagSet(
            "  @Flag(help = \"A.\", defaultValue = \"abc\")",
            "  int a();",
            "  @Flag(help = \" \", defaultValue = \"x\")",
            "  String b();",
            "  @Flag(help = \"C.\")",
            "  Object c();");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("invalid default value 'abc'")
        .inFile(file)
        .onLine(4);
    assertThat(compilation)
        .hadErrorContaining("help of flag --b must not be blank")
        .inFile(file)
        .onLine(6);
    assertThat(compilation).hadErrorContaining("unsupported flag type").inFile(file).onLine(9);
  }

  @Test
  void internalFailureBecomesAnErrorOnTheElement() {
    // Two flag sets whose generated classes would have the same name: the second write fails in
    // the Filer, which the processor reports on the flag set instead of throwing.
    JavaFileObject nested =
        source(
            "A",
            "package test;",
            "public class A {",
            "  public interface B {",
            "    @io.github.flagstaff.Flag(help = \"X.\", defaultValue = \"x\") String x();",
            "  }",
            "}");
    JavaFileObject flat =
        source(
            "A_B",
            "package test;",
            "public interface A_B {",
            "  @io.github.flagstaff.Flag(help = \"Y.\", defaultValue = \"y\") String y();",
            "}");
    Compilation compilation = compile(nested, flat);
    assertThat(compilation)
        .hadErrorContaining("[flagstaff] internal error while processing this element")
        .inFile(flat)
        .onLineContaining("public interface A_B");
  }
}
