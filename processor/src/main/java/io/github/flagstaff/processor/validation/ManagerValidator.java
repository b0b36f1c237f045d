package io.github.flagstaff.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.flagstaff.processor.model.InjectedKind;
import io.github.flagstaff.processor.model.InjectedParameter;
import io.github.flagstaff.processor.model.ManagerModel;
import io.github.flagstaff.processor.model.RpcMethodModel;
import io.github.flagstaff.processor.model.TaskModel;
import io.github.flagstaff.syntax.FlagNames;
import io.github.flagstaff.syntax.ValueSyntax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import javax.lang.model.util.Types;

/** Checks one {@code @ServiceManager} class and turns it into a {@link ManagerModel}. */
final class ManagerValidator {
  private final Elements elements;
  private final Types types;
  private final ErrorReporter errors;
  private final TaskValidator tasks;
  private final RpcValidator rpcs;

  ManagerValidator(
      Elements elements,
      Types types,
      ErrorReporter errors,
      TaskValidator tasks,
      RpcValidator rpcs) {
    this.elements = elements;
    this.types = types;
    this.errors = errors;
    this.tasks = tasks;
    this.rpcs = rpcs;
  }

  /** Whether {@code type} extends the runtime's {@code Manager}. */
  boolean isManager(TypeElement type) {
    TypeElement manager = elements.getTypeElement(RuntimeTypes.MANAGER);
    return manager != null
        && types.isSubtype(types.erasure(type.asType()), types.erasure(manager.asType()));
  }

  /** The manager {@code type} declares, or empty after reporting why it is not valid. */
  Optional<ManagerModel> validate(TypeElement type, AnnotationReader annotation) {
    int errorsBefore = errors.errorCount();
    String name = type.getSimpleName().toString();
    String topic = annotation.string("topic");
    if (!FlagNames.isValid(topic)) {
      errors.error(
          type,
          annotation.mirror(),
          annotation.written("topic"),
          "topic '" + topic + "' must match " + FlagNames.SYNTAX);
    }
    if (type.getKind() != ElementKind.CLASS) {
      errors.error(type, "@ServiceManager applies to classes that extend " + RuntimeTypes.MANAGER);
      return Optional.empty();
    }
    if (!isManager(type)) {
      errors.error(type, "@ServiceManager class " + name + " must extend " + RuntimeTypes.MANAGER);
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      errors.error(type, "@ServiceManager class " + name + " must not be abstract");
    }
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      errors.error(type, "@ServiceManager class " + name + " must be public");
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      errors.error(
          type, "@ServiceManager class " + name + " must be top-level or a static nested class");
    }
    List<InjectedParameter> parameters =
        constructor(type)
            .map(constructor -> injected(errors, constructor, "a manager's"))
            .orElse(List.of());
    List<TaskModel> taskModels = tasks(type);
    int[] version = Versions.check(errors, type, annotation, "rpcVersion");
    List<RpcMethodModel> rpcMethods = rpcMethods(type);
    if (version != null) {
      rpcMethods = resolveSince(type, annotation.string("rpcVersion"), version, rpcMethods);
    }
    if (errors.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new ManagerModel(
            ClassName.get(type),
            topic,
            annotation.bool("isDefault"),
            parameters,
            taskModels,
            rpcMethods,
            annotation.string("rpcVersion")));
  }

  /**
   * {@code methods} with each {@code since} left at its default set to the first version of the
   * manager's major version; reports each {@code since} of another major or above {@code
   * rpcVersion}.
   */
  private List<RpcMethodModel> resolveSince(
      TypeElement type, String rpcVersion, int[] version, List<RpcMethodModel> methods) {
    List<RpcMethodModel> out = new ArrayList<>();
    for (RpcMethodModel method : methods) {
      if (method.since().isEmpty()) {
        out.add(method.withSince(version[0] + ".0"));
        continue;
      }
      if (!Versions.within(ValueSyntax.parseVersion(method.since()), version)) {
        Element element = rpcElement(type, method.methodName());
        AnnotationReader rpc = AnnotationReader.find(element, AnnotationReader.RPC, elements);
        errors.error(
            element,
            rpc.mirror(),
            rpc.written("since"),
            "@Rpc method "
                + method.wireName()
                + " is since "
                + method.since()
                + ", which "
                + type.getSimpleName()
                + " does not implement: its rpcVersion is "
                + rpcVersion
                + ", and a method's since must be of that major version and no higher");
      }
      out.add(method);
    }
    return out;
  }

  /** The {@code @Rpc} method {@code methodName} of {@code type}, declared or inherited. */
  Element rpcElement(TypeElement type, String methodName) {
    for (Element member : elements.getAllMembers(type)) {
      if (member.getSimpleName().contentEquals(methodName)
          && AnnotationReader.isPresent(member, AnnotationReader.RPC)) {
        return member;
      }
    }
    return type;
  }

  private Optional<ExecutableElement> constructor(TypeElement type) {
    List<ExecutableElement> candidates = new ArrayList<>();
    List<ExecutableElement> chosen = new ArrayList<>();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getModifiers().contains(Modifier.PUBLIC)) {
        candidates.add(constructor);
      }
      if (AnnotationReader.isPresent(constructor, AnnotationReader.CONSTRUCTOR)) {
        chosen.add(constructor);
      }
    }
    String name = type.getSimpleName().toString();
    if (chosen.size() > 1) {
      errors.error(
          chosen.get(1),
          "only one constructor of " + name + " may be marked @ServiceManager.Constructor");
      return Optional.empty();
    }
    if (chosen.size() == 1) {
      if (!chosen.get(0).getModifiers().contains(Modifier.PUBLIC)) {
        errors.error(
            chosen.get(0), "the constructor marked @ServiceManager.Constructor must be public");
        return Optional.empty();
      }
      return Optional.of(chosen.get(0));
    }
    if (candidates.isEmpty()) {
      errors.error(type, name + " has no public constructor for its generated factory to call");
      return Optional.empty();
    }
    if (candidates.size() > 1) {
      errors.error(
          type,
          name
              + " has several public constructors;"
              + " mark the one to use with @ServiceManager.Constructor");
      return Optional.empty();
    }
    return Optional.of(candidates.get(0));
  }

  /**
   * What a generated factory or router passes to {@code constructor}; a parameter of another type
   * is an error on it, which says what {@code whose} constructor may take.
   */
  static List<InjectedParameter> injected(
      ErrorReporter errors, ExecutableElement constructor, String whose) {
    List<InjectedParameter> out = new ArrayList<>();
    for (VariableElement parameter : constructor.getParameters()) {
      InjectedKind kind = kindOf(parameter.asType());
      if (kind == null) {
        errors.error(
            parameter,
            "cannot inject parameter '"
                + parameter.getSimpleName()
                + "' of type "
                + parameter.asType()
                + ": "
                + whose
                + " constructor may take flag set interfaces, FlagValues and ServiceContext");
        continue;
      }
      out.add(new InjectedParameter(kind, TypeName.get(parameter.asType())));
    }
    return out;
  }

  static InjectedKind kindOf(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String name = element.getQualifiedName().toString();
    if (name.equals(RuntimeTypes.FLAG_VALUES)) {
      return InjectedKind.FLAG_VALUES;
    }
    if (name.equals(RuntimeTypes.SERVICE_CONTEXT)) {
      return InjectedKind.SERVICE_CONTEXT;
    }
    boolean flagSet =
        element.getKind() == ElementKind.INTERFACE
            && element.getEnclosedElements().stream()
                .anyMatch(e -> AnnotationReader.isPresent(e, AnnotationReader.FLAG));
    return flagSet ? InjectedKind.FLAG_SET : null;
  }

  private List<RpcMethodModel> rpcMethods(TypeElement type) {
    Map<String, RpcMethodModel> byWireName = new LinkedHashMap<>();
    for (Element member : elements.getAllMembers(type)) {
      if (member.getKind() != ElementKind.METHOD
          || !AnnotationReader.isPresent(member, AnnotationReader.RPC)) {
        continue;
      }
      Optional<RpcMethodModel> model = rpcs.validate((ExecutableElement) member);
      if (model.isEmpty()) {
        continue;
      }
      RpcMethodModel method = model.get();
      if (byWireName.putIfAbsent(method.wireName(), method) != null) {
        errors.error(
            member,
            "@Rpc method name "
                + method.wireName()
                + " is used twice in "
                + type.getSimpleName()
                + "; overloads cannot be told apart in a message");
      }
    }
    return List.copyOf(byWireName.values());
  }

  private List<TaskModel> tasks(TypeElement type) {
    List<TaskModel> out = new ArrayList<>();
    for (Element member : elements.getAllMembers(type)) {
      if (member.getKind() == ElementKind.METHOD
          && AnnotationReader.isPresent(member, AnnotationReader.PERIODIC_TASK)) {
        tasks.validate((ExecutableElement) member).ifPresent(out::add);
      }
    }
    return out;
  }
}
