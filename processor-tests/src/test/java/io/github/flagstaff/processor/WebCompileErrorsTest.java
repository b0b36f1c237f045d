package io.github.flagstaff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.flagstaff.processor.Compilations.assertError;
import static io.github.flagstaff.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compile error of a web API: its message, and the line javac reports it on. */
class WebCompileErrorsTest {

  /** A web API {@code test.W} named {@code w} with {@code members}, from line 5 on. */
  private static JavaFileObject api(String... members) {
    String[] lines = new String[members.length + 5];
    lines[0] = "package test;";
    lines[1] =
        "import io.github.flagstaff.web.*; import io.github.flagstaff.runtime.web.*;"
            + " import io.github.flagstaff.runtime.rpc.RequestContext; import java.util.*;";
    lines[2] = "@WebApi(name = \"w\", port = 8080)";
    lines[3] = "public class W {";
    System.arraycopy(members, 0, lines, 4, members.length);
    lines[lines.length - 1] = "}";
    return source("W", lines);
  }

  @Test
  void sameMethodAndPathTwice() {
    assertError(
        api(
            "  @Get(\"/items/{id}\") public String one(String id) { return id; }",
            "  @Get(\"/items/{key}\")",
            "  public String two(String key) { return key; }"),
        "GET /items/{key} is routed twice: by one and by two",
        "@Get(\"/items/{key}\")");
  }

  @Test
  void pathVariableWithoutAParameter() {
    assertError(
        api("  @Delete(\"/items/{id}/tags/{tag}\")", "  public void untag(String id) {}"),
        "path variable {tag} has no parameter of untag",
        "@Delete(\"/items/{id}/tags/{tag}\")");
  }

  @Test
  void parameterNotInThePath() {
    assertError(
        api("  @Get(\"/items\")", "  public String list(", "      String name) { return name; }"),
        "parameter 'name' is not a variable of the path /items; mark it @Query or @Body, or add"
            + " {name} to the path",
        "String name)");
  }

  @Test
  void unsupportedParameterType() {
    assertError(
        api("  @Get(\"/items/{id}\")", "  public String get(", "      double id) { return \"\"; }"),
        "unsupported path variable type double of parameter 'id': use String, int, long, boolean,"
            + " UUID or an enum",
        "double id)");
  }

  @Test
  void unsupportedQueryType() {
    assertError(
        api(
            "  @Get(\"/items\")",
            "  public String list(",
            "      @Query Map<String, String> filter) { return \"\"; }"),
        "unsupported @Query type java.util.Map<java.lang.String,java.lang.String> of parameter"
            + " 'filter'",
        "@Query Map<String, String> filter)");
  }

  @Test
  void unsupportedBodyType() {
    assertError(
        api("  @Post(\"/items\")", "  public void add(", "      @Body Thread item) {}"),
        "unsupported @Body type java.lang.Thread of parameter 'item'",
        "@Body Thread item)");
  }

  @Test
  void unsupportedResultType() {
    assertError(
        api("  @Get(\"/items\")", "  public Thread list() { return null; }"),
        "unsupported result type java.lang.Thread: return void, Html, Response<T> or a type RPC"
            + " supports",
        "public Thread list()");
  }

  @Test
  void unsupportedResponseBodyType() {
    assertError(
        api("  @Get(\"/items\")", "  public Response<Object> list() { return null; }"),
        "unsupported result type io.github.flagstaff.runtime.web.Response<java.lang.Object>: a"
            + " Response's body must be a type RPC supports",
        "public Response<Object> list()");
  }

  @Test
  void twoBodies() {
    assertError(
        api(
            "  @Post(\"/items\")",
            "  public void add(@Body String name,",
            "      @Body String other) {}"),
        "a route takes at most one @Body",
        "@Body String other)");
  }

  @Test
  void bodyOnGet() {
    assertError(
        api(
            "  @Get(\"/items\")",
            "  public String list(",
            "      @Body String filter) { return filter; }"),
        "a GET route takes no @Body",
        "@Body String filter)");
  }

  @Test
  void bodyOnDelete() {
    assertError(
        api("  @Delete(\"/items\")", "  public void clear(", "      @Body String filter) {}"),
        "a DELETE route takes no @Body",
        "@Body String filter)");
  }

  @Test
  void templateWithoutALeadingSlash() {
    assertError(
        api("  @Get(\"items\")", "  public String list() { return \"\"; }"),
        "bad path template 'items': it must start with /",
        "@Get(\"items\")");
  }

  @Test
  void templateWithAnEmptySegment() {
    assertError(
        api("  @Get(\"/items//all\")", "  public String list() { return \"\"; }"),
        "bad path template '/items//all': it has an empty segment",
        "@Get(\"/items//all\")");
  }

  @Test
  void templateWithAVariableInsideASegment() {
    assertError(
        api("  @Get(\"/items/id-{id}\")", "  public String get(String id) { return id; }"),
        "bad path template '/items/id-{id}': segment 'id-{id}' has '{'",
        "@Get(\"/items/id-{id}\")");
  }

  @Test
  void templateWithAVariableTwice() {
    assertError(
        api("  @Get(\"/a/{x}/b/{x}\")", "  public String get(String x) { return x; }"),
        "bad path template '/a/{x}/b/{x}': variable {x} appears twice",
        "@Get(\"/a/{x}/b/{x}\")");
  }

  @Test
  void templateWithATrailingSlash() {
    assertError(
        api("  @Get(\"/items/\")", "  public String list() { return \"\"; }"),
        "bad path template '/items/': it must not end with /",
        "@Get(\"/items/\")");
  }

  @Test
  void twoRouteAnnotationsOnOneMethod() {
    assertError(
        api("  @Get(\"/a\") @Post(\"/a\")", "  public String a() { return \"\"; }"),
        "a method has one route annotation; this one has [GET, POST]",
        "public String a()");
  }

  @Test
  void badApiName() {
    assertError(
        source(
            "W",
            "package test;",
            "import io.github.flagstaff.web.*;",
            "@WebApi(name = \"Compute-API\", port = 8080)",
            "public class W {",
            "  @Get(\"/\") public String a() { return \"\"; }",
            "}"),
        "web API name 'Compute-API' must match [a-z][a-z0-9_]*",
        "@WebApi(name = \"Compute-API\"");
  }

  @Test
  void portOutOfRange() {
    assertError(
        source(
            "W",
            "package test;",
            "import io.github.flagstaff.web.*;",
            "@WebApi(name = \"w\",",
            "    port = 70000)",
            "public class W {",
            "  @Get(\"/\") public String a() { return \"\"; }",
            "}"),
        "port 70000 is not between 0 and 65535",
        "port = 70000)");
  }

  @Test
  void constructorThatCannotBeInjected() {
    assertError(
        api(
            "  public W(",
            "      StringBuilder buffer) {}",
            "  @Get(\"/\") public String a() { return \"\"; }"),
        "cannot inject parameter 'buffer' of type java.lang.StringBuilder: a web API's"
            + " constructor may take flag set interfaces, FlagValues and ServiceContext",
        "StringBuilder buffer");
  }

  @Test
  void routeOutsideAWebApi() {
    assertError(
        source(
            "C",
            "package test;",
            "public class C {",
            "  @io.github.flagstaff.web.Get(\"/\")",
            "  public String a() { return \"\"; }",
            "}"),
        "routes (@Get, @Post, @Put, @Delete) belong in a @WebApi class",
        "public String a()");
  }

  @Test
  void apiWithoutRoutes() {
    assertError(
        source(
            "W",
            "package test;",
            "@io.github.flagstaff.web.WebApi(name = \"w\", port = 1)",
            "public class W {}"),
        "@WebApi class W has no routes (@Get, @Post, @Put, @Delete)",
        "public class W");
  }

  @Test
  void apiFlagTakenByAFlagSet() {
    assertError(
        api(
            "  public interface Taken {",
            "    @io.github.flagstaff.Flag(help = \"x\", defaultValue = \"1\") int wWorkers();",
            "  }",
            "  @Get(\"/\") public String a() { return \"\"; }"),
        "flag --w_workers, which nova-api needs, is taken by",
        "@WebApi(name = \"w\", port = 8080)");
  }

  @Test
  void binaryOfAService() {
    JavaFileObject api = api("  @Get(\"/\") public String a() { return \"\"; }");
    Compilation compilation =
        Compilations.compile(
            api,
            source(
                "ApiManager",
                "package test;",
                "@io.github.flagstaff.ServiceManager(topic = \"api\")",
                "public class ApiManager extends io.github.flagstaff.runtime.service.Manager {}"));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("binary 'nova-api' is already the binary of topic 'api'")
        .inFile(api)
        .onLineContaining("public class W"); // the default binary: on the class
  }

  @Test
  void mainClassOfAService() {
    JavaFileObject api =
        source(
            "W",
            "package test;",
            "import io.github.flagstaff.web.*;",
            "@WebApi(name = \"w\", port = 8080,",
            "    binary = \"nova.a\")",
            "public class W {",
            "  @Get(\"/\") public String a() { return \"\"; }",
            "}");
    Compilation compilation =
        Compilations.compile(
            api,
            source(
                "AManager",
                "package test;",
                "@io.github.flagstaff.ServiceManager(topic = \"a\")",
                "public class AManager extends io.github.flagstaff.runtime.service.Manager {}"));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "binary 'nova.a' would generate test.NovaAMain, which binary 'nova-a' generates"
                + " already")
        .inFile(api)
        .onLineContaining("binary = \"nova.a\")");
  }
}
