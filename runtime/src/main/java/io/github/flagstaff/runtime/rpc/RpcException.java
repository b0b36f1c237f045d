package io.github.flagstaff.runtime.rpc;

/** An RPC did not complete: the base of every RPC failure a caller sees. */
public class RpcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RpcException(String message) {
    super(message);
  }

  public RpcException(String message, Throwable cause) {
    super(message, cause);
  }
}
