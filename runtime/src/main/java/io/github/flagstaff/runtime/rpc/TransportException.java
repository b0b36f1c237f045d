package io.github.flagstaff.runtime.rpc;

/** The transport could not send: the broker is down or the connection is closed. */
public final class TransportException extends RpcException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
