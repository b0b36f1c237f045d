package io.github.flagstaff.runtime.rpc;

/**
 * The remote method failed, or could not be dispatched: carries the remote exception's class name,
 * module and message, as oslo's {@code RemoteError} ({@code exc_type}, {@code value}). Dispatch
 * failures have oslo's names: {@code NoSuchMethod}, {@code UnsupportedVersion}; Flagstaff's own are
 * {@code BadArguments}, {@code MalformedMessage}, {@code Redelivered} and {@code ReplyNotSent}.
 */
public final class RemoteError extends RpcException {
  private static final long serialVersionUID = 1L;

  private final String remoteType;
  private final String remoteModule;
  private final String remoteMessage;

  public RemoteError(String remoteType, String remoteModule, String remoteMessage) {
    super("remote error: " + remoteType + ": " + remoteMessage);
    this.remoteType = remoteType;
    this.remoteModule = remoteModule;
    this.remoteMessage = remoteMessage;
  }

  /** The remote exception's class name, such as {@code NoSuchMethod} or {@code ValueError}. */
  public String remoteType() {
    return remoteType;
  }

  /**
   * Where the remote exception's class is defined: a Python module such as {@code builtins} or
   * {@code oslo_messaging.rpc.dispatcher}, or a Java package such as {@code java.lang}.
   */
  public String remoteModule() {
    return remoteModule;
  }

  /** The remote exception's message. */
  public String remoteMessage() {
    return remoteMessage;
  }
}
