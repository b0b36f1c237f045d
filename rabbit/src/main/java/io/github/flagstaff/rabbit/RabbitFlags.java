package io.github.flagstaff.rabbit;

import io.github.flagstaff.Flag;
import java.nio.file.Path;
import java.util.Optional;

/**
 * RabbitMQ settings, named after oslo.messaging's {@code [oslo_messaging_rabbit]} options where it
 * has one.
 */
public interface RabbitFlags {

  @Flag(
      help =
          "Connect to RabbitMQ over TLS (amqps:// URLs always do), checking the broker's"
              + " certificate against --ssl_ca_file, or the JVM's trusted authorities without it.")
  boolean ssl();

  @Flag(
      help = "PEM file of the certificate authorities that the broker's certificate must chain to.")
  Optional<Path> sslCaFile();

  @Flag(
      help =
          "PEM file of the certificate (chain) this process presents to a broker that asks for"
              + " one; needs --ssl_key_file.")
  Optional<Path> sslCertFile();

  @Flag(help = "PEM file of the unencrypted PKCS#8 private key of --ssl_cert_file.")
  Optional<Path> sslKeyFile();

  @Flag(
      help =
          "Check that the broker's certificate names the host of --transport_url (turn off only"
              + " for a broker whose certificate cannot name it).",
      defaultValue = "true")
  boolean sslVerifyHostname();

  @Flag(
      help =
          "How many messages a service takes from the broker before acknowledging any; the rest"
              + " wait on the broker. Defaults to --rpc_thread_pool_size.",
      min = "1")
  Optional<Integer> rabbitQosPrefetchCount();

  @Flag(
      help =
          "The largest message this process sends, in bytes; a larger one is refused before it"
              + " reaches the broker, whose own max_message_size is 128 MiB unless configured.",
      defaultValue = "134217728",
      min = "1",
      max = "536870912")
  int rabbitMaxMessageSize();

  @Flag(
      help =
          "Declare the control exchange and the topic queues durable, as oslo.messaging's option"
              + " of this name; every service sharing them must agree.")
  boolean amqpDurableQueues();

  @Flag(
      help =
          "Declare the control exchange and the topic queues auto-delete, as oslo.messaging's"
              + " option of this name; every service sharing them must agree.")
  boolean amqpAutoDelete();

  @Flag(
      help =
          "Declare the topic queues as quorum queues (x-queue-type: quorum, durable), as"
              + " oslo.messaging's option of this name.")
  boolean rabbitQuorumQueue();

  @Flag(
      help =
          "Seconds after which an unused reply or fan-out queue is deleted by the broker"
              + " (x-expires), as oslo.messaging's option of this name.",
      defaultValue = "1800",
      min = "1",
      max = "2147483")
  int rabbitTransientQueuesTtl();
}
