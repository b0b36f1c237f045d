package io.github.flagstaff.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.flagstaff.processor.model.CodecModel;
import io.github.flagstaff.processor.model.InjectedParameter;
import io.github.flagstaff.processor.model.RecordModel;
import io.github.flagstaff.processor.model.Shape;
import io.github.flagstaff.processor.model.WebApiModel;
import io.github.flagstaff.processor.model.WebBinaryModel;
import io.github.flagstaff.processor.model.WebParameterModel;
import io.github.flagstaff.processor.model.WebParameterModel.Source;
import io.github.flagstaff.processor.model.WebParameterModel.TextKind;
import io.github.flagstaff.processor.model.WebRouteModel;
import io.github.flagstaff.processor.model.WebRouteModel.Result;
import io.github.flagstaff.processor.model.WebRouteModel.ResultKind;
import io.github.flagstaff.processor.model.WebRouteModel.Segment;
import io.github.flagstaff.syntax.FlagNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks {@code @WebApi} classes, their routes and parameters, and groups them by binary; reports
 * each problem on the element and annotation value it is about.
 */
public final class WebValidator {
  static final String WEB_API = "io.github.flagstaff.web.WebApi";
  static final String QUERY = "io.github.flagstaff.web.Query";
  static final String BODY = "io.github.flagstaff.web.Body";
  private static final String HTML = "io.github.flagstaff.runtime.web.Html";
  private static final String RESPONSE = "io.github.flagstaff.runtime.web.Response";
  private static final List<String> ROUTES = List.of("Get", "Post", "Put", "Delete");
  private static final String PATH_TYPES = "String, int, long, boolean, UUID or an enum";

  private final Elements elements;
  private final ErrorReporter errors;
  private final RpcTypes codecs = new RpcTypes();
  private final Set<String> binariesWritten = new LinkedHashSet<>();
  private final Binaries binaries;

  public WebValidator(Elements elements, ErrorReporter errors, Binaries binaries) {
    this.elements = elements;
    this.errors = errors;
    this.binaries = binaries;
  }

  /** The qualified names of the route annotations. */
  public static List<String> routeAnnotations() {
    return ROUTES.stream().map(r -> "io.github.flagstaff.web." + r).toList();
  }

  /** Every record a route's body or result uses so far, each once. */
  public List<RecordModel> records() {
    return codecs.records();
  }

  /** Reports a route method outside a {@code @WebApi} class. */
  public void checkRouteOwner(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    if (AnnotationReader.find(owner, WEB_API, elements) == null) {
      errors.error(method, "routes (@Get, @Post, @Put, @Delete) belong in a @WebApi class");
    }
  }

  /**
   * The binaries {@code types} form, each API checked; APIs with errors are left out, and so is a
   * binary another round generated already.
   */
  public List<WebBinaryModel> validate(List<TypeElement> types, Map<String, TypeElement> origins) {
    Map<String, List<WebApiModel>> byBinary = new LinkedHashMap<>();
    Map<String, WebApiModel> byName = new HashMap<>();
    for (TypeElement type : types) {
      AnnotationReader annotation = AnnotationReader.find(type, WEB_API, elements);
      Optional<WebApiModel> api = api(type, annotation);
      if (api.isEmpty()) {
        continue;
      }
      WebApiModel model = api.get();
      WebApiModel same = byName.putIfAbsent(model.name(), model);
      if (same != null) {
        errors.error(
            type,
            annotation.mirror(),
            annotation.written("name"),
            "web API '" + model.name() + "' is declared already by " + same.type());
        continue;
      }
      if (binariesWritten.contains(model.binary())) {
        errors.error(
            type,
            annotation.mirror(),
            annotation.written("binary"),
            "binary '"
                + model.binary()
                + "' was generated in an earlier round; its APIs must be compiled together");
        continue;
      }
      origins.put(model.type().canonicalName(), type);
      byBinary.computeIfAbsent(model.binary(), b -> new ArrayList<>()).add(model);
    }
    List<WebBinaryModel> found = new ArrayList<>();
    for (Map.Entry<String, List<WebApiModel>> entry : byBinary.entrySet()) {
      binariesWritten.add(entry.getKey());
      String binary = entry.getKey();
      String topic = (binary.startsWith("nova-") ? binary.substring(5) : binary).replace('-', '_');
      WebBinaryModel model = new WebBinaryModel(binary, topic, entry.getValue());
      WebApiModel first = model.apis().get(0);
      String clash = binaries.take(binary, model.mainName(), "web API '" + first.name() + "'");
      if (clash != null) {
        error(origins.get(first.type().canonicalName()), "binary", clash);
        continue;
      }
      found.add(model);
    }
    return found;
  }

  /** Reports {@code message} on the API {@code type}, at its annotation value {@code attribute}. */
  public void error(TypeElement type, String attribute, String message) {
    AnnotationReader annotation = AnnotationReader.find(type, WEB_API, elements);
    errors.error(type, annotation.mirror(), annotation.written(attribute), message);
  }

  private Optional<WebApiModel> api(TypeElement type, AnnotationReader annotation) {
    int errorsBefore = errors.errorCount();
    String simple = type.getSimpleName().toString();
    String name = annotation.string("name");
    if (!FlagNames.isValid(name)) {
      errors.error(
          type,
          annotation.mirror(),
          annotation.written("name"),
          "web API name '" + name + "' must match " + FlagNames.SYNTAX);
    }
    int port = (Integer) annotation.value("port");
    if (port < 0 || port > 65535) {
      errors.error(
          type,
          annotation.mirror(),
          annotation.written("port"),
          "port " + port + " is not between 0 and 65535");
    }
    String binary = annotation.string("binary");
    if (!Binaries.SYNTAX.matcher(binary).matches()) {
      errors.error(
          type,
          annotation.mirror(),
          annotation.written("binary"),
          "binary '" + binary + "' must match " + Binaries.SYNTAX.pattern());
    }
    if (type.getKind() != ElementKind.CLASS
        || type.getModifiers().contains(Modifier.ABSTRACT)
        || !type.getModifiers().contains(Modifier.PUBLIC)
        || (type.getNestingKind() == NestingKind.MEMBER
            && !type.getModifiers().contains(Modifier.STATIC))) {
      errors.error(
          type,
          "@WebApi applies to public, concrete classes, top-level or static nested; "
              + simple
              + " is not one");
      return Optional.empty();
    }
    List<InjectedParameter> parameters = constructor(type);
    List<WebRouteModel> routes = routes(type);
    if (routes.isEmpty() && errors.errorCount() == errorsBefore) {
      errors.error(type, "@WebApi class " + simple + " has no routes (@Get, @Post, @Put, @Delete)");
    }
    if (errors.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new WebApiModel(ClassName.get(type), name, port, binary, parameters, routes));
  }

  private List<InjectedParameter> constructor(TypeElement type) {
    List<ExecutableElement> constructors = new ArrayList<>();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getModifiers().contains(Modifier.PUBLIC)) {
        constructors.add(constructor);
      }
    }
    if (constructors.size() != 1) {
      errors.error(
          type,
          type.getSimpleName()
              + " needs exactly one public constructor for its generated router to call; it has "
              + constructors.size());
      return List.of();
    }
    return ManagerValidator.injected(errors, constructors.get(0), "a web API's");
  }

  private List<WebRouteModel> routes(TypeElement type) {
    List<WebRouteModel> out = new ArrayList<>();
    Map<String, String> byShape = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      List<AnnotationReader> found = new ArrayList<>();
      List<String> verbs = new ArrayList<>();
      for (String route : ROUTES) {
        AnnotationReader annotation =
            AnnotationReader.find(method, "io.github.flagstaff.web." + route, elements);
        if (annotation != null) {
          found.add(annotation);
          verbs.add(route.toUpperCase(java.util.Locale.ROOT));
        }
      }
      if (found.isEmpty()) {
        continue;
      }
      if (found.size() > 1) {
        errors.error(method, "a method has one route annotation; this one has " + verbs);
        continue;
      }
      route(method, verbs.get(0), found.get(0), byShape).ifPresent(out::add);
    }
    return out;
  }

  private Optional<WebRouteModel> route(
      ExecutableElement method,
      String verb,
      AnnotationReader annotation,
      Map<String, String> byShape) {
    int errorsBefore = errors.errorCount();
    String methodName = method.getSimpleName().toString();
    if (!method.getModifiers().contains(Modifier.PUBLIC)
        || method.getModifiers().contains(Modifier.STATIC)
        || !method.getTypeParameters().isEmpty()) {
      errors.error(method, "a route's method must be public, not static and not generic");
    }
    String template = annotation.string("value");
    String problem = PathTemplates.problem(template);
    if (problem != null) {
      errors.error(
          method,
          annotation.mirror(),
          annotation.written("value"),
          "bad path template '" + template + "': " + problem);
      return Optional.empty();
    }
    List<Segment> segments = PathTemplates.segments(template);
    String key = verb + " " + PathTemplates.shape(segments);
    String earlier = byShape.putIfAbsent(key, methodName);
    if (earlier != null) {
      errors.error(
          method,
          annotation.mirror(),
          annotation.written("value"),
          verb + " " + template + " is routed twice: by " + earlier + " and by " + methodName);
    }
    Set<String> variables = new LinkedHashSet<>();
    segments.stream().filter(Segment::isVariable).forEach(s -> variables.add(s.variable()));
    List<WebParameterModel> parameters = new ArrayList<>();
    boolean body = false;
    boolean context = false;
    for (VariableElement parameter : method.getParameters()) {
      Optional<WebParameterModel> model = parameter(parameter, verb, template, variables);
      if (model.isEmpty()) {
        continue;
      }
      WebParameterModel p = model.get();
      if (p.source() == Source.BODY) {
        if (body) {
          errors.error(parameter, "a route takes at most one @Body");
        }
        body = true;
      }
      if (p.source() == Source.CONTEXT) {
        if (context) {
          errors.error(parameter, "a route takes at most one RequestContext");
        }
        context = true;
      }
      if (p.source() == Source.PATH) {
        variables.remove(p.name());
      }
      parameters.add(p);
    }
    for (String unbound : variables) {
      errors.error(
          method,
          annotation.mirror(),
          annotation.written("value"),
          "path variable {" + unbound + "} has no parameter of " + methodName);
    }
    Result result = result(method);
    if (errors.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new WebRouteModel(
            verb,
            template,
            segments,
            methodName,
            parameters,
            result,
            TypeName.get(method.getReturnType())));
  }

  private Optional<WebParameterModel> parameter(
      VariableElement parameter, String verb, String template, Set<String> variables) {
    String name = parameter.getSimpleName().toString();
    TypeMirror type = parameter.asType();
    TypeName typeName = TypeName.get(type);
    AnnotationReader query = AnnotationReader.find(parameter, QUERY, elements);
    boolean isBody = AnnotationReader.isPresent(parameter, BODY);
    if (query != null && isBody) {
      errors.error(parameter, "parameter '" + name + "' cannot be both @Query and @Body");
      return Optional.empty();
    }
    if (isBody) {
      if (verb.equals("GET") || verb.equals("DELETE")) {
        errors.error(parameter, "a " + verb + " route takes no @Body");
        return Optional.empty();
      }
      CodecModel codec = codecs.codecOf(type);
      if (codec == null) {
        errors.error(
            parameter,
            "unsupported @Body type "
                + type
                + " of parameter '"
                + name
                + "': "
                + RpcTypes.SUPPORTED);
        return Optional.empty();
      }
      return Optional.of(
          new WebParameterModel(Source.BODY, name, typeName, null, Shape.SINGLE, null, codec));
    }
    if (type.toString().equals(RuntimeTypes.REQUEST_CONTEXT)) {
      return Optional.of(
          new WebParameterModel(Source.CONTEXT, name, typeName, null, Shape.SINGLE, null, null));
    }
    if (query != null) {
      String written = query.string("value");
      String wire = written.isEmpty() ? FlagNames.toSnakeCase(name) : written;
      Shape shape = Shape.SINGLE;
      TypeMirror element = type;
      String container = erasure(type);
      if (container.equals("java.util.Optional") || container.equals("java.util.List")) {
        shape = container.endsWith("Optional") ? Shape.OPTIONAL : Shape.LIST;
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        element = arguments.size() == 1 ? arguments.get(0) : null;
      }
      TextKind kind = element == null ? null : textKind(element, shape != Shape.SINGLE);
      if (kind == null) {
        errors.error(
            parameter,
            "unsupported @Query type "
                + type
                + " of parameter '"
                + name
                + "': use "
                + PATH_TYPES
                + ", or Optional or List of those");
        return Optional.empty();
      }
      return Optional.of(
          new WebParameterModel(
              Source.QUERY, wire, typeName, kind, shape, enumType(element, kind), null));
    }
    if (!variables.contains(name)) {
      errors.error(
          parameter,
          "parameter '"
              + name
              + "' is not a variable of the path "
              + template
              + "; mark it @Query or @Body, or add {"
              + name
              + "} to the path");
      return Optional.empty();
    }
    TextKind kind = textKind(type, false);
    if (kind == null) {
      errors.error(
          parameter,
          "unsupported path variable type "
              + type
              + " of parameter '"
              + name
              + "': use "
              + PATH_TYPES);
      return Optional.empty();
    }
    return Optional.of(
        new WebParameterModel(
            Source.PATH, name, typeName, kind, Shape.SINGLE, enumType(type, kind), null));
  }

  private static ClassName enumType(TypeMirror type, TextKind kind) {
    return kind == TextKind.ENUM
        ? ClassName.get((TypeElement) ((DeclaredType) type).asElement())
        : null;
  }

  /** How a text value becomes {@code type}; boxes only where {@code boxed} (inside containers). */
  private static TextKind textKind(TypeMirror type, boolean boxed) {
    if (!boxed) {
      switch (type.getKind()) {
        case INT:
          return TextKind.INT;
        case LONG:
          return TextKind.LONG;
        case BOOLEAN:
          return TextKind.BOOLEAN;
        default:
          break;
      }
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    switch (element.getQualifiedName().toString()) {
      case "java.lang.String":
        return TextKind.STRING;
      case "java.util.UUID":
        return TextKind.UUID;
      case "java.lang.Integer":
        return boxed ? TextKind.INT : null;
      case "java.lang.Long":
        return boxed ? TextKind.LONG : null;
      case "java.lang.Boolean":
        return boxed ? TextKind.BOOLEAN : null;
      default:
        break;
    }
    return element.getKind() == ElementKind.ENUM
            && !element.getModifiers().contains(Modifier.PRIVATE)
        ? TextKind.ENUM
        : null;
  }

  private Result result(ExecutableElement method) {
    TypeMirror type = method.getReturnType();
    if (type.getKind() == TypeKind.VOID) {
      return new Result(ResultKind.NO_CONTENT, null, null);
    }
    String erased = erasure(type);
    if (erased.equals(HTML)) {
      return new Result(ResultKind.HTML, null, null);
    }
    if (erased.equals(RESPONSE)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      CodecModel codec = arguments.size() == 1 ? codecs.codecOf(arguments.get(0)) : null;
      if (codec == null) {
        errors.error(
            method,
            "unsupported result type "
                + type
                + ": a Response's body must be a type RPC supports ("
                + RpcTypes.SUPPORTED
                + ")");
        return null;
      }
      return new Result(ResultKind.RESPONSE, codec, TypeName.get(arguments.get(0)));
    }
    CodecModel codec = codecs.codecOf(type);
    if (codec == null) {
      errors.error(
          method,
          "unsupported result type "
              + type
              + ": return void, Html, Response<T> or a type RPC supports ("
              + RpcTypes.SUPPORTED
              + ")");
      return null;
    }
    return new Result(ResultKind.JSON, codec, TypeName.get(type));
  }

  private static String erasure(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }
}
