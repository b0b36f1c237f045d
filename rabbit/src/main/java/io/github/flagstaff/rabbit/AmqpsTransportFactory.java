package io.github.flagstaff.rabbit;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.TransportFactory;
import java.net.URI;

/**
 * Opens {@code amqps://user:password@host:5671/vhost} transports: RabbitMQ over TLS, with the
 * {@code --ssl_*} flags of {@link RabbitFlags}; registered for {@link java.util.ServiceLoader}
 * under the scheme {@code amqps}.
 */
public final class AmqpsTransportFactory implements TransportFactory {

  @Override
  public String scheme() {
    return "amqps";
  }

  @Override
  public Transport open(URI url, FlagValues flags) {
    return RabbitTransportFactory.open(url, flags, true);
  }
}
