package io.github.flagstaff.rabbit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.RpcFlags;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.TransportException;
import io.github.flagstaff.runtime.rpc.Transports;
import io.github.flagstaff.runtime.service.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RPC over TLS to a RabbitMQ node of the test's own ({@link TlsBroker}) that has a throw-away
 * certificate authority, a certificate for 127.0.0.1, and asks every client for a certificate.
 */
class TlsTransportTest {
  private static final RequestContext CONTEXT = RequestContext.of("tester", "tls");
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static TlsBroker tls;

  private final List<Service> services = new ArrayList<>();
  private final List<Transport> transports = new ArrayList<>();
  private LogCapture log;

  @BeforeAll
  static void startTheTlsNode() throws Exception {
    tls = TlsBroker.start();
  }

  @AfterAll
  static void stopTheTlsNode() throws Exception {
    if (tls != null) {
      tls.close();
    }
  }

  @BeforeEach
  void captureLogs() {
    log = LogCapture.start();
  }

  @AfterEach
  void stop() throws Exception {
    for (Service service : services) {
      service.stop();
    }
    transports.forEach(Transport::close);
    log.close();
  }

  private String url(String scheme, String host) {
    return scheme + "://guest:guest@" + host + ":" + tls.port() + "/";
  }

  private String where(String host) {
    return "amqps://" + host + ":" + tls.port() + "//";
  }

  /**
   * The flags for {@code url} with the test's authority and client certificate, then {@code more}.
   */
  private FlagValues flags(String url, String... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--transport_url=" + url,
                "--rpc_response_timeout=5s",
                "--sql_connection=memory:",
                "--ssl_ca_file=" + tls.file("ca.pem"),
                "--ssl_cert_file=" + tls.file("client.pem"),
                "--ssl_key_file=" + tls.file("client.key")));
    args.addAll(List.of(more));
    return FlagParser.of(FlagRegistry.load()).parse(args).values();
  }

  private void startService(String url, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of(more));
    args.add("--host=t");
    Service service =
        Service.builder(NovaRabbitTestMain.SERVICE, flags(url, args.toArray(String[]::new)))
            .build();
    service.start();
    services.add(service);
  }

  private RabbitTestClient client(FlagValues flags) {
    Transport transport = Transports.open(flags.get(RpcFlags.class).transportUrl(), flags);
    transports.add(transport);
    return RabbitTestClient.of(new RpcClient(transport, Duration.ofSeconds(5)));
  }

  @Test
  void amqpsUrlsCarryCallsWithTheTestAuthorityAndAClientCertificate() throws Exception {
    startService(url("amqps", "127.0.0.1"));
    RabbitTestClient client = client(flags(url("amqps", "127.0.0.1")));
    assertEquals("hello tls from t", client.onHost("t").call(CONTEXT).hello("tls"));
  }

  @Test
  void theSslFlagTurnsRabbitUrlsToTls() throws Exception {
    startService(url("rabbit", "127.0.0.1"), "--ssl");
    RabbitTestClient client = client(flags(url("rabbit", "127.0.0.1"), "--ssl"));
    assertEquals("hello flag from t", client.onHost("t").call(CONTEXT).hello("flag"));
  }

  @Test
  void aBrokerWhoseCertificateAnotherAuthoritySignedIsRefused() throws Exception {
    RabbitTestClient client =
        client(flags(url("amqps", "127.0.0.1"), "--ssl_ca_file=" + tls.file("other-ca.pem")));
    assertNotConnected(client, "127.0.0.1");
    assertTrue(log.count("unable to find valid certification path") > 0, log.all());
  }

  @Test
  void aBrokerCertificateThatDoesNotNameTheHostIsRefusedUnlessVerificationIsOff() throws Exception {
    startService(url("amqps", "127.0.0.1"));
    RabbitTestClient strict = client(flags(url("amqps", "localhost")));
    assertNotConnected(strict, "localhost");
    assertTrue(log.count("(No name matching localhost found)") > 0, log.all());
    RabbitTestClient lax = client(flags(url("amqps", "localhost"), "--nossl_verify_hostname"));
    assertEquals("hello lax from t", lax.onHost("t").call(CONTEXT).hello("lax"));
  }

  @Test
  void withoutAClientCertificateTheBrokerRefusesTheConnection() throws Exception {
    FlagValues flags =
        FlagParser.of(FlagRegistry.load())
            .parse(
                "--transport_url=" + url("amqps", "127.0.0.1"),
                "--ssl_ca_file=" + tls.file("ca.pem"))
            .values();
    RabbitTestClient client = client(flags);
    assertNotConnected(client, "127.0.0.1");
  }

  private void assertNotConnected(RabbitTestClient client, String host) throws Exception {
    Broker.await(
        WAIT, "the failure to be logged", () -> log.count("cannot reach the broker at") > 0);
    assertTrue(log.count("cannot reach the broker at " + where(host) + " (") > 0, log.all());
    TransportException e =
        assertThrows(TransportException.class, () -> client.onHost("t").call(CONTEXT).hello("a"));
    assertEquals(
        "call to rabbit_test.t.hello failed: not connected to the broker at "
            + where(host)
            + "; reconnecting",
        e.getMessage());
  }
}
