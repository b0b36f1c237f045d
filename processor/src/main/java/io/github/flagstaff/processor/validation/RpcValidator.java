package io.github.flagstaff.processor.validation;

import com.palantir.javapoet.TypeName;
import io.github.flagstaff.processor.model.CodecModel;
import io.github.flagstaff.processor.model.RecordModel;
import io.github.flagstaff.processor.model.RpcMethodModel;
import io.github.flagstaff.processor.model.RpcParameterModel;
import io.github.flagstaff.syntax.FlagNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/** Checks {@code @Rpc} methods, each once, and turns them into {@link RpcMethodModel}s. */
final class RpcValidator {
  private final Elements elements;
  private final ErrorReporter errors;
  private final RpcTypes types = new RpcTypes();
  private final Map<ExecutableElement, Optional<RpcMethodModel>> checked = new HashMap<>();

  RpcValidator(Elements elements, ErrorReporter errors) {
    this.elements = elements;
    this.errors = errors;
  }

  /** The RPC method {@code method} declares, or empty after reporting why it is not valid. */
  Optional<RpcMethodModel> validate(ExecutableElement method) {
    return checked.computeIfAbsent(method, this::check);
  }

  /** Every record an {@code @Rpc} signature uses, each once. */
  List<RecordModel> records() {
    return types.records();
  }

  private Optional<RpcMethodModel> check(ExecutableElement method) {
    int errorsBefore = errors.errorCount();
    if (method.getModifiers().contains(Modifier.STATIC)) {
      errors.error(method, "@Rpc cannot be used on a static method");
    }
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      errors.error(method, "an @Rpc method must be public");
    }
    if (!method.getTypeParameters().isEmpty()) {
      errors.error(method, "an @Rpc method must not be generic");
    }
    List<RpcParameterModel> parameters = new ArrayList<>();
    boolean hasContext = false;
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      TypeName type = TypeName.get(parameter.asType());
      if (parameter.asType().toString().equals(RuntimeTypes.REQUEST_CONTEXT)) {
        if (hasContext) {
          errors.error(parameter, "an @Rpc method takes at most one RequestContext");
        }
        hasContext = true;
        parameters.add(new RpcParameterModel(name, name, type, null));
        continue;
      }
      CodecModel codec = types.codecOf(parameter.asType());
      if (codec == null) {
        errors.error(
            parameter,
            "unsupported RPC type "
                + parameter.asType()
                + " of parameter '"
                + name
                + "': "
                + RpcTypes.SUPPORTED);
        continue;
      }
      parameters.add(new RpcParameterModel(name, FlagNames.toSnakeCase(name), type, codec));
    }
    CodecModel result = null;
    if (method.getReturnType().getKind() != TypeKind.VOID) {
      result = types.codecOf(method.getReturnType());
      if (result == null) {
        errors.error(
            method,
            "unsupported RPC result type " + method.getReturnType() + ": " + RpcTypes.SUPPORTED);
      }
    }
    AnnotationReader rpc = AnnotationReader.find(method, AnnotationReader.RPC, elements);
    String since = rpc.string("since");
    if (!since.isEmpty()) {
      Versions.check(errors, method, rpc, "since");
    }
    String namespace = rpc.string("namespace");
    if (errors.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    return Optional.of(
        new RpcMethodModel(
            name,
            FlagNames.toSnakeCase(name),
            parameters,
            TypeName.get(method.getReturnType()),
            result,
            since,
            namespace.isEmpty() ? null : namespace));
  }
}
