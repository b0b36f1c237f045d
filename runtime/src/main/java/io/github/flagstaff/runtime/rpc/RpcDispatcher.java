package io.github.flagstaff.runtime.rpc;

import java.util.Map;

/**
 * Calls a manager's {@code @Rpc} methods by name, without reflection; the processor generates one
 * per manager that has any.
 */
public interface RpcDispatcher {

  /**
   * Decodes {@code arguments}, calls the method {@code method}, and encodes its result.
   *
   * @throws UnknownMethodException if the manager has no {@code @Rpc} method of that name
   * @throws BadArgumentsException if an argument is missing or of the wrong type
   * @throws Exception whatever the method throws
   */
  EncodedResult dispatch(String method, RpcArguments arguments, RequestContext context)
      throws Exception;

  /**
   * The API version the manager implements; it serves requests of the same major version and a
   * minor no higher. oslo.messaging's default for an endpoint that names none: {@code 1.0}.
   */
  default String version() {
    return "1.0";
  }

  /**
   * The namespace of each method that has one, by wire name; the others are in the manager's main
   * API, which has none. A request names the namespace of its method, or is refused.
   */
  default Map<String, String> namespaces() {
    return Map.of();
  }
}
