package io.github.flagstaff.runtime.rpc;

import io.github.flagstaff.syntax.FlagNames;

/**
 * A client refused, before sending, a method of an API version above its topic's cap (oslo's {@code
 * RPCVersionCapError}); a caller checks {@code canSendVersion} first to fall back to an older
 * method.
 */
public final class RpcVersionCapException extends RpcException {
  private static final long serialVersionUID = 1L;

  private final String version;
  private final String cap;

  RpcVersionCapException(String topic, String method, String version, String cap) {
    super(
        topic
            + "."
            + method
            + " needs RPC API version "
            + version
            + ", which the version cap "
            + cap
            + " (--"
            + FlagNames.upgradeLevelsFlag(topic)
            + ") does not allow: a message must have the cap's major version and a minor version"
            + " no higher; not sent");
    this.version = version;
    this.cap = cap;
  }

  /** The version the method needs. */
  public String version() {
    return version;
  }

  /** The cap it is above. */
  public String cap() {
    return cap;
  }
}
