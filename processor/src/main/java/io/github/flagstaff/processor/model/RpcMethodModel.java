package io.github.flagstaff.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * One validated {@code @Rpc} method.
 *
 * @param methodName its name in Java
 * @param wireName its name in a message: lower_snake_case
 * @param parameters its parameters, in order
 * @param returnType its return type ({@code void} included)
 * @param result how the result is encoded; null for {@code void}
 * @param since the API version it appeared in; empty until its manager's version resolves the
 *     default
 * @param namespace its API namespace; null for none
 */
public record RpcMethodModel(
    String methodName,
    String wireName,
    List<RpcParameterModel> parameters,
    TypeName returnType,
    CodecModel result,
    String since,
    String namespace) {

  /** The version every client sends unless told otherwise, and servers assume when given none. */
  public static final String FIRST_VERSION = "1.0";

  /** Copies the parameters. */
  public RpcMethodModel {
    parameters = List.copyOf(parameters);
  }

  /** This method, appeared in version {@code since}. */
  public RpcMethodModel withSince(String since) {
    return new RpcMethodModel(
        methodName, wireName, parameters, returnType, result, since, namespace);
  }

  /**
   * Whether a request for this method names a version or namespace: one of neither is a request for
   * version {@value #FIRST_VERSION}, the main API's.
   */
  public boolean isVersioned() {
    return !since.equals(FIRST_VERSION) || namespace != null;
  }

  /** The parameters a caller passes: all but the request context. */
  public List<RpcParameterModel> arguments() {
    return parameters.stream().filter(p -> !p.isContext()).toList();
  }

  /** Whether two methods look the same to a caller: same name, arguments and result. */
  public boolean sameSignatureAs(RpcMethodModel other) {
    return wireName.equals(other.wireName)
        && returnType.equals(other.returnType)
        && arguments().stream()
            .map(RpcParameterModel::type)
            .toList()
            .equals(other.arguments().stream().map(RpcParameterModel::type).toList())
        && arguments().stream()
            .map(RpcParameterModel::wireName)
            .toList()
            .equals(other.arguments().stream().map(RpcParameterModel::wireName).toList());
  }
}
