package io.github.flagstaff.runtime.rpc;

/**
 * The transport could not deliver: the broker is down, the connection dropped, or the broker or
 * transport refused the message (too large, or no queue would take it).
 */
public final class TransportException extends RpcException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
