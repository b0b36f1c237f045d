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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RPC through a real RabbitMQ broker, including the broker going away and coming back. */
class RabbitTransportTest {
  private static final RequestContext CONTEXT = RequestContext.of("tester", "rabbit");
  private static final String TOPIC = "rabbit_test";

  private final List<Service> services = new ArrayList<>();
  private Transport transport;
  private RabbitTestClient client;

  private static FlagValues flags(String... args) throws Exception {
    List<String> all =
        new ArrayList<>(List.of("--transport_url=" + Broker.URL, "--rpc_response_timeout=5s"));
    all.addAll(List.of(args));
    return FlagParser.of(FlagRegistry.load()).parse(all).values();
  }

  @BeforeEach
  void startTwoServices() throws Exception {
    Broker.assumeRunning();
    Broker.delete(TOPIC, TOPIC + ".x", TOPIC + ".y");
    PingManager.RECORDED.clear();
    PingManager.hanging = new CountDownLatch(1);
    PingManager.release = new CountDownLatch(1);
    for (String host : List.of("x", "y")) {
      Service service =
          Service.builder(NovaRabbitTestMain.SERVICE, flags("--host=" + host)).build();
      service.start();
      services.add(service);
    }
    RpcFlags rpcFlags = flags().get(RpcFlags.class);
    transport = Transports.open(Broker.URL, rpcFlags);
    client = RabbitTestClient.of(new RpcClient(transport, Duration.ofSeconds(5)));
  }

  @AfterEach
  void stopServices() throws Exception {
    PingManager.release.countDown();
    for (Service service : services) {
      service.stop();
    }
    if (transport != null) {
      transport.close();
    }
  }

  @Test
  void callsCastsAndFanoutsGoThroughTheBroker() throws Exception {
    assertEquals("hello ann from y", client.onHost("y").call(CONTEXT).hello("ann"));
    assertTrue(client.call(CONTEXT).hello("bo").startsWith("hello bo from "));
    for (int i = 0; i < 4; i++) {
      client.cast(CONTEXT).record("cast" + i);
    }
    client.fanout(CONTEXT).record("everyone");
    Broker.await(Duration.ofSeconds(10), "6 records", () -> PingManager.RECORDED.size() == 6);
    List<String> recorded = PingManager.RECORDED;
    assertTrue(
        recorded.contains("x:everyone") && recorded.contains("y:everyone"), recorded.toString());
    assertEquals(
        2, recorded.stream().filter(r -> r.startsWith("x:cast")).count(), recorded.toString());
    assertEquals(
        2, recorded.stream().filter(r -> r.startsWith("y:cast")).count(), recorded.toString());
  }

  @Test
  void whenTheBrokerGoesAwayCallsFailCleanlyAndAfterItComesBackCastsArrive() throws Exception {
    assertEquals("hello a from x", client.onHost("x").call(CONTEXT).hello("a"));
    Broker.stop();
    try {
      long started = System.nanoTime();
      TransportException e =
          assertThrows(
              TransportException.class,
              () -> client.call(CONTEXT, Duration.ofSeconds(3)).hello("b"));
      assertTrue(
          Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(3)) < 0);
      assertEquals(
          "call to rabbit_test.hello failed: not connected to the broker at"
              + " rabbit://127.0.0.1:5672//; reconnecting",
          e.getMessage());
    } finally {
      Broker.start();
    }
    Broker.await(
        Duration.ofSeconds(30),
        "every transport to reconnect",
        () -> {
          try {
            client.onHost("x").call(CONTEXT, Duration.ofSeconds(2)).hello("probe");
            client.onHost("y").call(CONTEXT, Duration.ofSeconds(2)).hello("probe");
            return true;
          } catch (RuntimeException e) {
            return false;
          }
        });
    client.onHost("y").cast(CONTEXT).record("after recovery");
    client.fanout(CONTEXT).record("fanout after recovery");
    Broker.await(Duration.ofSeconds(10), "the casts", () -> PingManager.RECORDED.size() == 3);
    assertTrue(PingManager.RECORDED.contains("y:after recovery"), PingManager.RECORDED.toString());
  }

  @Test
  void aMessageIsAcknowledgedBeforeItsMethodRunsSoDeliveryIsAtMostOnce() throws Exception {
    client.onHost("x").cast(CONTEXT).hang();
    assertTrue(PingManager.hanging.await(10, TimeUnit.SECONDS));
    assertEquals(0, Broker.pending(TOPIC + ".x"));
    PingManager.release.countDown();
  }
}
