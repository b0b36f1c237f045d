package io.github.flagstaff.runtime.rpc;

import java.net.URI;

/**
 * Opens transports for one URL scheme; found through {@link java.util.ServiceLoader}, so that a
 * transport's module (and its client library) is needed only by those who use it.
 */
public interface TransportFactory {

  /** The URL scheme this factory serves, such as {@code rabbit}. */
  String scheme();

  /** Opens a transport to {@code url}, with the settings of {@code flags}. */
  Transport open(URI url, RpcFlags flags);
}
