package io.github.flagstaff.rabbit;

import com.rabbitmq.client.ConnectionFactory;
import io.github.flagstaff.runtime.rpc.RpcFlags;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.TransportFactory;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Opens {@code rabbit://user:password@host:5672/vhost} transports; registered for {@link
 * java.util.ServiceLoader} under the scheme {@code rabbit}.
 */
public final class RabbitTransportFactory implements TransportFactory {

  @Override
  public String scheme() {
    return "rabbit";
  }

  @Override
  public Transport open(URI url, RpcFlags flags) {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(url.getHost() == null ? "localhost" : url.getHost());
    factory.setPort(url.getPort() < 0 ? ConnectionFactory.DEFAULT_AMQP_PORT : url.getPort());
    String userInfo = url.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      factory.setUsername(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        factory.setPassword(decode(userInfo.substring(colon + 1)));
      }
    }
    String path = url.getRawPath();
    factory.setVirtualHost(path == null || path.length() <= 1 ? "/" : decode(path.substring(1)));
    factory.setAutomaticRecoveryEnabled(false);
    factory.setConnectionTimeout(5_000);
    factory.setRequestedHeartbeat(10);
    String where =
        "rabbit://" + factory.getHost() + ":" + factory.getPort() + "/" + factory.getVirtualHost();
    return RabbitTransport.open(factory, flags.controlExchange(), where);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
