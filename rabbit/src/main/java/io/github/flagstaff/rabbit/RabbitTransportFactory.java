package io.github.flagstaff.rabbit;

import com.rabbitmq.client.ConnectionFactory;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.RpcFlags;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.TransportFactory;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Opens {@code rabbit://user:password@host:5672/vhost} transports; registered for {@link
 * java.util.ServiceLoader} under the scheme {@code rabbit}. With {@code --ssl} they use TLS, as
 * {@code amqps://} URLs ({@link AmqpsTransportFactory}) always do.
 */
public final class RabbitTransportFactory implements TransportFactory {

  @Override
  public String scheme() {
    return "rabbit";
  }

  @Override
  public Transport open(URI url, FlagValues flags) {
    return open(url, flags, false);
  }

  /** Opens a transport to {@code url}; over TLS if {@code tls} or {@code --ssl}. */
  static Transport open(URI url, FlagValues flags, boolean tls) {
    RpcFlags rpc = flags.get(RpcFlags.class);
    RabbitFlags rabbit = flags.get(RabbitFlags.class);
    boolean secure = tls || rabbit.ssl();
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(url.getHost() == null ? "localhost" : url.getHost());
    factory.setPort(
        url.getPort() >= 0
            ? url.getPort()
            : tls
                ? ConnectionFactory.DEFAULT_AMQP_OVER_SSL_PORT
                : ConnectionFactory.DEFAULT_AMQP_PORT);
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
    if (secure) {
      factory.useSslProtocol(Tls.context(rabbit));
      if (rabbit.sslVerifyHostname()) {
        factory.enableHostnameVerification();
      }
    }
    factory.setAutomaticRecoveryEnabled(false);
    factory.setConnectionTimeout(5_000);
    factory.setRequestedHeartbeat(10);
    String where =
        url.getScheme()
            + "://"
            + factory.getHost()
            + ":"
            + factory.getPort()
            + "/"
            + factory.getVirtualHost();
    RabbitSettings settings =
        new RabbitSettings(
            where,
            rpc.controlExchange(),
            rabbit.rabbitQosPrefetchCount().orElse(rpc.rpcThreadPoolSize()),
            rabbit.rabbitMaxMessageSize(),
            rpc.rpcResponseTimeout(),
            new Declarations(
                rabbit.amqpDurableQueues(),
                rabbit.amqpAutoDelete(),
                rabbit.rabbitQuorumQueue(),
                rabbit.rabbitTransientQueuesTtl()));
    return RabbitTransport.open(factory, settings);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
