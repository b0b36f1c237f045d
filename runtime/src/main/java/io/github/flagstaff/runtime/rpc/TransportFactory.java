package io.github.flagstaff.runtime.rpc;

import io.github.flagstaff.runtime.flags.FlagValues;
import java.net.URI;

/**
 * Opens transports for one URL scheme; found through {@link java.util.ServiceLoader}, so that a
 * transport's module (and its client library) is needed only by those who use it.
 */
public interface TransportFactory {

  /** The URL scheme this factory serves, such as {@code rabbit}. */
  String scheme();

  /**
   * Opens a transport to {@code url}, with the settings of {@code flags} ({@link RpcFlags} and any
   * flag set of the transport's own module).
   *
   * @throws IllegalArgumentException if the URL or a setting cannot be used, naming it
   */
  Transport open(URI url, FlagValues flags);
}
