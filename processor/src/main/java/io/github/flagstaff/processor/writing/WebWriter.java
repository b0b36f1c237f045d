package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_DATA;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_VALUES;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_CONTEXT;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_DEFINITION;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_LAUNCHER;
import static io.github.flagstaff.processor.writing.RuntimeNames.WEB_API_FACTORY;
import static io.github.flagstaff.processor.writing.RuntimeNames.WEB_ARGUMENTS;
import static io.github.flagstaff.processor.writing.RuntimeNames.WEB_EXCEPTION;
import static io.github.flagstaff.processor.writing.RuntimeNames.WEB_PARAMS;
import static io.github.flagstaff.processor.writing.RuntimeNames.WEB_REPLY;
import static io.github.flagstaff.processor.writing.RuntimeNames.WEB_REQUEST;
import static io.github.flagstaff.processor.writing.RuntimeNames.WEB_ROUTER;
import static io.github.flagstaff.processor.writing.RuntimeNames.WEB_SERVICE;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.flagstaff.processor.model.Shape;
import io.github.flagstaff.processor.model.WebApiModel;
import io.github.flagstaff.processor.model.WebBinaryModel;
import io.github.flagstaff.processor.model.WebParameterModel;
import io.github.flagstaff.processor.model.WebRouteModel;
import io.github.flagstaff.processor.model.WebRouteModel.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@code @WebApi} class's router (a {@code switch} over the path's segment count, then
 * over each segment, then over the method; no regular expressions, no reflection) with its factory,
 * and the {@code Nova<Binary>Main} class of a web binary, which declares the binary's flags as
 * data.
 */
public final class WebWriter {
  /** The main class's constant holding its flags' data. */
  static final String FLAGS = "FLAGS";

  private final SourceFiles files;

  public WebWriter(SourceFiles files) {
    this.files = files;
  }

  /** Writes the router of {@code api}, declared by {@code origin}. */
  public void writeRouter(WebApiModel api, Element origin) {
    ClassName name = api.routerName();
    NameAllocator members = new NameAllocator();
    members.newName("FACTORY");
    members.newName("api");
    members.newName("route");
    CodecFields codecs = new CodecFields(members);
    Map<String, PathMethod> paths = new LinkedHashMap<>();
    for (WebRouteModel route : api.routes()) {
      String shape = shape(route.segments());
      paths
          .computeIfAbsent(shape, s -> new PathMethod(members.newName(methodName(route)), route))
          .routes
          .add(route);
    }
    TypeSpec.Builder router =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "Routes $L's requests to {@link $T}: a {@code switch} over path segments, without"
                    + " reflection.\n",
                api.name(),
                api.type())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(WEB_ROUTER)
            .addField(
                FieldSpec.builder(
                        WEB_API_FACTORY,
                        "FACTORY",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc("Creates {@link $T} and its router.\n", api.type())
                    .initializer("new Factory()")
                    .build())
            .addField(api.type(), "api", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("Routes to {@code api}.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(api.type(), "api")
                    .addStatement("this.api = api")
                    .build())
            .addMethod(
                override("api", ClassName.get(String.class))
                    .addStatement("return $S", api.name())
                    .build())
            .addMethod(route(paths.values()));
    for (PathMethod path : paths.values()) {
      router.addMethod(path.write(codecs));
    }
    codecs.addTo(router);
    router.addType(factory(api));
    files.write(name.packageName(), router, List.of(origin));
  }

  /** The top of the router: by segment count, then down a tree of literal segments. */
  private static MethodSpec route(Iterable<PathMethod> paths) {
    Map<Integer, Node> bySize = new TreeMap<>();
    for (PathMethod path : paths) {
      Node node = bySize.computeIfAbsent(path.segments.size(), n -> new Node());
      for (Segment segment : path.segments) {
        node =
            segment.isVariable()
                ? (node.variable == null ? node.variable = new Node() : node.variable)
                : node.literals.computeIfAbsent(segment.literal(), l -> new Node());
      }
      node.path = path;
    }
    MethodSpec.Builder route =
        override("route", WEB_REPLY)
            .addParameter(WEB_REQUEST, "request")
            .addException(Exception.class)
            .addStatement("$T<$T> path = request.segments()", List.class, String.class)
            .beginControlFlow("switch (path.size())");
    for (Map.Entry<Integer, Node> size : bySize.entrySet()) {
      route.beginControlFlow("case $L ->", size.getKey());
      size.getValue().write(route, 0);
      route.endControlFlow();
    }
    return route.endControlFlow().addStatement("throw $T.noRoute(request)", WEB_ARGUMENTS).build();
  }

  /** A node of the tree of segments: its literal children, its variable child, its path. */
  private static final class Node {
    final Map<String, Node> literals = new TreeMap<>();
    Node variable;
    PathMethod path;

    void write(MethodSpec.Builder code, int depth) {
      if (path != null) {
        CodeBlock.Builder arguments = CodeBlock.builder().add("request");
        for (int i = 0; i < path.segments.size(); i++) {
          if (path.segments.get(i).isVariable()) {
            arguments.add(", path.get($L)", i);
          }
        }
        code.addStatement("return $N($L)", path.name, arguments.build());
        return;
      }
      if (literals.size() == 1) {
        Map.Entry<String, Node> only = literals.entrySet().iterator().next();
        code.beginControlFlow("if (path.get($L).equals($S))", depth, only.getKey());
        only.getValue().write(code, depth + 1);
        code.endControlFlow();
      } else if (!literals.isEmpty()) {
        code.beginControlFlow("switch (path.get($L))", depth);
        for (Map.Entry<String, Node> literal : literals.entrySet()) {
          code.beginControlFlow("case $S ->", literal.getKey());
          literal.getValue().write(code, depth + 1);
          code.endControlFlow();
        }
        code.endControlFlow();
      }
      if (variable != null) {
        variable.write(code, depth + 1);
      }
    }
  }

  /** The routes of one path shape, and the private method that picks among them by method. */
  private static final class PathMethod {
    final String name;
    final String template;
    final List<Segment> segments;
    final List<WebRouteModel> routes = new ArrayList<>();

    PathMethod(String name, WebRouteModel first) {
      this.name = name;
      this.template = first.template();
      this.segments = first.segments();
    }

    MethodSpec write(CodecFields codecs) {
      TreeSet<String> allowed = new TreeSet<>();
      routes.forEach(r -> allowed.add(r.httpMethod()));
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(name)
              .addJavadoc("{@code $L}: $L.\n", template, String.join(", ", allowed))
              .addModifiers(Modifier.PRIVATE)
              .returns(WEB_REPLY)
              .addParameter(WEB_REQUEST, "request")
              .addException(Exception.class);
      NameAllocator locals = new NameAllocator();
      locals.newName("request");
      locals.newName("api"); // the router's field, which the call reads
      List<String> raw = new ArrayList<>();
      for (Segment segment : segments) {
        if (segment.isVariable()) {
          String local = locals.newName(segment.variable());
          raw.add(local);
          method.addParameter(String.class, local);
        }
      }
      method.beginControlFlow("switch (request.method())");
      for (WebRouteModel route : routes) {
        method.beginControlFlow("case $S ->", route.httpMethod());
        CodeBlock call = call(route, raw, codecs);
        switch (route.result().kind()) {
          case NO_CONTENT ->
              method.addStatement("$L", call).addStatement("return $T.noContent()", WEB_REPLY);
          case HTML -> method.addStatement("return $T.html($L)", WEB_REPLY, call);
          case JSON ->
              method.addStatement(
                  "return $T.ok($L, $L)",
                  WEB_REPLY,
                  codecs.of(route.result().codec(), route.result().bodyType()),
                  call);
          case RESPONSE ->
              method.addStatement(
                  "return $T.of($L, $L)",
                  WEB_REPLY,
                  codecs.of(route.result().codec(), route.result().bodyType()),
                  call);
        }
        method.endControlFlow();
      }
      return method
          .addStatement(
              "default -> throw new $T.MethodNotAllowed(request.method(), $S)",
              WEB_EXCEPTION,
              String.join(", ", allowed))
          .endControlFlow()
          .build();
    }

    /** {@code api.show(WebParams.uuid("id", id), request.context())}. */
    private CodeBlock call(WebRouteModel route, List<String> raw, CodecFields codecs) {
      Map<String, String> variables = new LinkedHashMap<>();
      int next = 0;
      for (Segment segment : route.segments()) {
        if (segment.isVariable()) {
          variables.put(segment.variable(), raw.get(next++));
        }
      }
      CodeBlock.Builder call = CodeBlock.builder().add("api.$N(", route.methodName());
      boolean first = true;
      for (WebParameterModel parameter : route.parameters()) {
        call.add(first ? "" : ",$W");
        first = false;
        call.add(argument(parameter, variables, codecs));
      }
      return call.add(")").build();
    }

    private static CodeBlock argument(
        WebParameterModel parameter, Map<String, String> variables, CodecFields codecs) {
      return switch (parameter.source()) {
        case CONTEXT -> CodeBlock.of("request.context()");
        case BODY ->
            CodeBlock.of(
                "$T.body(request, $L, $S)",
                WEB_PARAMS,
                codecs.of(parameter.codec(), parameter.type()),
                parameter.name());
        case PATH -> text(parameter, CodeBlock.of("$N", variables.get(parameter.name())));
        case QUERY ->
            parameter.shape() == Shape.SINGLE
                ? text(
                    parameter,
                    CodeBlock.of("$T.required(request, $S)", WEB_PARAMS, parameter.name()))
                : CodeBlock.of(
                    "$T.$L(request, $S, $L)",
                    WEB_ARGUMENTS,
                    parameter.shape() == Shape.LIST ? "list" : "optional",
                    parameter.name(),
                    converter(parameter));
      };
    }

    /** One text value converted to the parameter's type. */
    private static CodeBlock text(WebParameterModel parameter, CodeBlock value) {
      return switch (parameter.text()) {
        case STRING -> value;
        case INT -> CodeBlock.of("$T.integer($S, $L)", WEB_PARAMS, parameter.name(), value);
        case LONG -> CodeBlock.of("$T.longInteger($S, $L)", WEB_PARAMS, parameter.name(), value);
        case BOOLEAN -> CodeBlock.of("$T.bool($S, $L)", WEB_PARAMS, parameter.name(), value);
        case UUID -> CodeBlock.of("$T.uuid($S, $L)", WEB_PARAMS, parameter.name(), value);
        case ENUM ->
            CodeBlock.of(
                "$T.enumeration($S, $L, $T.values())",
                WEB_PARAMS,
                parameter.name(),
                value,
                parameter.enumType());
      };
    }

    private static CodeBlock converter(WebParameterModel parameter) {
      return switch (parameter.text()) {
        case STRING -> CodeBlock.of("$T.STRING", WEB_ARGUMENTS);
        case INT -> CodeBlock.of("$T.INTEGER", WEB_ARGUMENTS);
        case LONG -> CodeBlock.of("$T.LONG", WEB_ARGUMENTS);
        case BOOLEAN -> CodeBlock.of("$T.BOOLEAN", WEB_ARGUMENTS);
        case UUID -> CodeBlock.of("$T.UUID", WEB_ARGUMENTS);
        case ENUM -> CodeBlock.of("$T.enumOf($T.values())", WEB_ARGUMENTS, parameter.enumType());
      };
    }
  }

  private static TypeSpec factory(WebApiModel api) {
    TypeName classes =
        ParameterizedTypeName.get(
            ClassName.get(List.class),
            ParameterizedTypeName.get(
                ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)));
    return TypeSpec.classBuilder("Factory")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(WEB_API_FACTORY)
        .addMethod(
            override("api", ClassName.get(String.class))
                .addStatement("return $S", api.name())
                .build())
        .addMethod(
            override("flagSets", classes)
                .addStatement(
                    "return $T.of($L)", List.class, Injection.flagSets(api.constructorParameters()))
                .build())
        .addMethod(
            override("create", WEB_ROUTER)
                .addParameter(FLAG_VALUES, "values")
                .addParameter(SERVICE_CONTEXT, "context")
                .addStatement(
                    "return new $T(new $T($L))",
                    api.routerName(),
                    api.type(),
                    Injection.arguments(api.constructorParameters()))
                .build())
        .build();
  }

  /** Writes the main class of the web binary {@code binary}. */
  public void writeMain(WebBinaryModel binary, List<? extends Element> origins) {
    CodeBlock.Builder apis = CodeBlock.builder();
    List<String> names = new ArrayList<>();
    for (WebApiModel api : binary.apis()) {
      apis.add(apis.isEmpty() ? "$T.FACTORY" : ",$W$T.FACTORY", api.routerName());
      names.add(api.name());
    }
    TypeSpec.Builder main =
        TypeSpec.classBuilder(binary.mainName())
            .addJavadoc(
                "Runs $L, serving $L, as Nova's {@code bin/$L} did.\n",
                binary.binary(),
                String.join(", ", names),
                binary.binary())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addField(
                FieldSpec.builder(
                        String.class, FLAGS, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(
                        "The flags of $L's APIs: {@code --<name>_listen}, {@code"
                            + " --<name>_listen_port} and {@code --<name>_workers} of each, as"
                            + " {@link $T} reads them.\n",
                        binary.binary(),
                        FLAG_DATA)
                    .initializer("$S", FlagDataText.webFlags(binary))
                    .build())
            .addField(
                FieldSpec.builder(
                        SERVICE_DEFINITION,
                        "SERVICE",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc("The $L service: its topic, binary and APIs.\n", binary.binary())
                    .initializer(
                        "$T.definition(\n$>$>$S,$W$S,$W$T.class,$W$T.of($L))$<$<",
                        WEB_SERVICE,
                        binary.topic(),
                        binary.binary(),
                        binary.mainName(),
                        List.class,
                        apis.build())
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("main")
                    .addJavadoc(
                        "Reads the default flagfile, parses {@code args}, serves and waits.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(ArrayTypeName.of(String.class), "args")
                    .addStatement("$T.launch(SERVICE, args)", SERVICE_LAUNCHER)
                    .build());
    files.write(binary.mainName().packageName(), main, origins);
  }

  /**
   * The flags {@code api} declares: {@code --<name>_listen}, {@code _listen_port}, {@code
   * _workers}.
   */
  public static List<String> flagNames(WebApiModel api) {
    return List.of(api.name() + "_listen", api.name() + "_listen_port", api.name() + "_workers");
  }

  /** {@code /v2/servers/{id}} as {@code /v2/servers/{}}. */
  private static String shape(List<Segment> segments) {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      out.append('/').append(segment.isVariable() ? "{}" : segment.literal());
    }
    return out.toString();
  }

  /** {@code /v2/os-services/{id}} as {@code v2OsServicesId}; {@code /} as {@code root}. */
  private static String methodName(WebRouteModel route) {
    StringBuilder out = new StringBuilder();
    for (Segment segment : route.segments()) {
      String text = segment.isVariable() ? segment.variable() : segment.literal();
      for (String part : text.split("[^A-Za-z0-9]+")) {
        if (part.isEmpty()) {
          continue;
        }
        out.append(
            out.length() == 0
                ? part.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                : part.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
        out.append(part.substring(1));
      }
    }
    if (out.length() == 0) {
      return "root";
    }
    return Character.isJavaIdentifierStart(out.charAt(0)) ? out.toString() : "path" + out;
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
