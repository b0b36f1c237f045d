package io.github.flagstaff.runtime.rpc;

/**
 * A call got no reply within its timeout ({@code --rpc_response_timeout} unless given per call).
 */
public final class RpcTimeoutException extends RpcException {
  private static final long serialVersionUID = 1L;

  public RpcTimeoutException(String message) {
    super(message);
  }
}
