package io.github.flagstaff.runtime.rpc;

import java.time.Duration;

/**
 * Where and how the calls or casts of a generated client send: through which {@link RpcClient}, to
 * which {@link Target}, in which request context and, for calls, within which timeout. Each
 * generated method names its wire name, API version and namespace, and passes its arguments as an
 * {@link ArgumentList}.
 */
public final class Sending {
  private final RpcClient rpc;
  private final Target target;
  private final RequestContext context;
  private final Duration timeout;

  Sending(RpcClient rpc, Target target, RequestContext context, Duration timeout) {
    this.rpc = rpc;
    this.target = target;
    this.context = context;
    this.timeout = timeout;
  }

  /** Calls {@code method} of the API's first version and waits for its result. */
  public <T> T call(String method, Arguments.Writer arguments, JsonCodec<T> result) {
    return call(method, null, null, arguments, result);
  }

  /**
   * Calls {@code method} of API {@code version} in {@code namespace} (null: none) and waits for its
   * result, as {@link RpcClient#call(Target, RequestContext, Duration, String, String, String,
   * Arguments.Writer, JsonCodec)} does.
   */
  public <T> T call(
      String method,
      String version,
      String namespace,
      Arguments.Writer arguments,
      JsonCodec<T> result) {
    return rpc.call(target, context, timeout, method, version, namespace, arguments, result);
  }

  /** Casts {@code method} of the API's first version, without waiting. */
  public void cast(String method, Arguments.Writer arguments) {
    cast(method, null, null, arguments);
  }

  /**
   * Casts {@code method} of API {@code version} in {@code namespace} (null: none), as {@link
   * RpcClient#cast(Target, RequestContext, String, String, String, Arguments.Writer)} does.
   */
  public void cast(String method, String version, String namespace, Arguments.Writer arguments) {
    rpc.cast(target, context, method, version, namespace, arguments);
  }
}
