package io.github.flagstaff.runtime.rpc;

/**
 * The remote method failed: carries the remote exception's type and message, as oslo's {@code
 * RemoteError}. Also reports a call the remote side could not dispatch ({@code UnknownMethod},
 * {@code BadArguments}).
 */
public final class RemoteError extends RpcException {
  private static final long serialVersionUID = 1L;

  private final String remoteType;
  private final String remoteMessage;

  public RemoteError(String remoteType, String remoteMessage) {
    super("remote error: " + remoteType + ": " + remoteMessage);
    this.remoteType = remoteType;
    this.remoteMessage = remoteMessage;
  }

  /** The remote exception's class name, or a dispatch failure such as {@code UnknownMethod}. */
  public String remoteType() {
    return remoteType;
  }

  /** The remote exception's message. */
  public String remoteMessage() {
    return remoteMessage;
  }
}
