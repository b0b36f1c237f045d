package io.github.flagstaff.rabbit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.GetResponse;
import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.RemoteError;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.RpcTimeoutException;
import io.github.flagstaff.runtime.rpc.Target;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.TransportException;
import io.github.flagstaff.runtime.rpc.Transports;
import io.github.flagstaff.runtime.service.Service;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RPC through a real RabbitMQ broker, in a virtual host of the test's own, and what an operator or
 * the network can do to it: drop connections, refuse them, delete queues and exchanges, send too
 * much. Each test reproduces one such attack and asserts that callers are told and the services
 * recover.
 */
class RabbitTransportTest {
  private static final RequestContext CONTEXT = RequestContext.of("tester", "rabbit");
  private static final String TOPIC = "rabbit_test";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static Broker broker;

  private final List<Service> services = new ArrayList<>();
  private final List<Transport> transports = new ArrayList<>();
  private LogCapture log;
  private RabbitTestClient client;

  @BeforeAll
  static void createVirtualHost() throws Exception {
    broker = Broker.vhost("transport");
  }

  @AfterAll
  static void deleteVirtualHost() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  @BeforeEach
  void setUp() throws Exception {
    log = LogCapture.start();
    broker.admin(
        channel -> {
          for (String queue : List.of(TOPIC, TOPIC + ".x", TOPIC + ".y")) {
            channel.queueDelete(queue);
          }
          channel.exchangeDelete("nova");
        });
    PingManager.RECORDED.clear();
    PingManager.hanging = new CountDownLatch(1);
    PingManager.release = new CountDownLatch(1);
  }

  @AfterEach
  void tearDown() throws Exception {
    PingManager.release.countDown();
    for (Service service : services) {
      service.stop();
    }
    transports.forEach(Transport::close);
    log.close();
  }

  private FlagValues flags(String... args) throws Exception {
    List<String> all =
        new ArrayList<>(
            List.of(
                "--transport_url=" + broker.url(),
                "--rpc_response_timeout=5s",
                "--sql_connection=memory:"));
    all.addAll(List.of(args));
    return FlagParser.of(FlagRegistry.load()).parse(all).values();
  }

  private Service start(String host, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--host=" + host));
    all.addAll(List.of(args));
    Service service =
        Service.builder(NovaRabbitTestMain.SERVICE, flags(all.toArray(String[]::new))).build();
    service.start();
    services.add(service);
    return service;
  }

  private Transport transport(String... args) throws Exception {
    Transport transport = Transports.open(broker.url(), flags(args));
    transports.add(transport);
    return transport;
  }

  private RabbitTestClient client(String... args) throws Exception {
    return RabbitTestClient.of(new RpcClient(transport(args), Duration.ofSeconds(5)));
  }

  private void startXandY() throws Exception {
    start("x");
    start("y");
    client = client();
  }

  private boolean answers(String host) {
    try {
      client.onHost(host).call(CONTEXT, Duration.ofSeconds(2)).hello("probe");
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Test
  void callsCastsAndFanoutsGoThroughTheBroker() throws Exception {
    startXandY();
    assertEquals("hello ann from y", client.onHost("y").call(CONTEXT).hello("ann"));
    assertTrue(client.call(CONTEXT).hello("bo").startsWith("hello bo from "));
    for (int i = 0; i < 4; i++) {
      client.cast(CONTEXT).record("cast" + i);
    }
    client.fanout(CONTEXT).record("everyone");
    Broker.await(WAIT, "6 records", () -> PingManager.RECORDED.size() == 6);
    List<String> recorded = PingManager.RECORDED;
    assertTrue(
        recorded.contains("x:everyone") && recorded.contains("y:everyone"), recorded.toString());
    assertEquals(
        2, recorded.stream().filter(r -> r.startsWith("x:cast")).count(), recorded.toString());
    assertEquals(
        2, recorded.stream().filter(r -> r.startsWith("y:cast")).count(), recorded.toString());
  }

  @Test
  void whileTheBrokerIsUnreachableSendsFailAtOnceAndAfterwardsEverythingArrives() throws Exception {
    startXandY();
    assertEquals("hello a from x", client.onHost("x").call(CONTEXT).hello("a"));
    List<String> fanoutQueues = fanoutQueues();
    broker.refuse();
    broker.closeConnections();
    Broker.await(WAIT, "three transports to notice", () -> log.count("lost the broker at") >= 3);
    TransportException e =
        assertThrows(
            TransportException.class, () -> client.call(CONTEXT, Duration.ofMinutes(2)).hello("b"));
    assertEquals(
        "call to rabbit_test.hello failed: not connected to the broker at "
            + broker.where()
            + "; reconnecting",
        e.getMessage());
    broker.allow();
    Broker.await(WAIT, "every transport to reconnect", () -> answers("x") && answers("y"));
    client.onHost("y").cast(CONTEXT).record("after recovery");
    client.fanout(CONTEXT).record("fanout after recovery");
    Broker.await(WAIT, "the casts", () -> PingManager.RECORDED.size() == 3);
    assertTrue(PingManager.RECORDED.contains("y:after recovery"), PingManager.RECORDED.toString());
    // Each service declared its own fan-out queue again, as oslo does, not one more.
    assertEquals(fanoutQueues, fanoutQueues());
  }

  private List<String> fanoutQueues() throws Exception {
    List<String> out = new ArrayList<>();
    for (String queue : broker.queues()) {
      if (queue.startsWith(TOPIC + "_fanout_")) {
        out.add(queue);
      }
    }
    out.sort(null);
    return out;
  }

  @Test
  void aCallWaitingForItsReplyFailsAtOnceWhenTheConnectionDrops() throws Exception {
    startXandY();
    CompletableFuture<Void> call =
        CompletableFuture.runAsync(
            () -> client.onHost("x").call(CONTEXT, Duration.ofMinutes(5)).hang());
    assertTrue(PingManager.hanging.await(30, TimeUnit.SECONDS));
    broker.closeConnections();
    ExecutionException e = assertThrows(ExecutionException.class, call::get);
    TransportException lost = assertInstanceOf(TransportException.class, e.getCause());
    assertEquals(
        "call to rabbit_test.x.hang failed: lost the broker at "
            + broker.where()
            + " (CONNECTION_FORCED - closed by the test); a reply on its way can no longer arrive",
        lost.getMessage());
  }

  @Test
  void aCallCarriesItsTimeoutAsExpirationSoAHostThatComesBackLaterDoesNotRunIt() throws Exception {
    start("x").stop();
    client = client();
    CompletableFuture<String> call =
        CompletableFuture.supplyAsync(
            () -> client.onHost("x").call(CONTEXT, Duration.ofSeconds(5)).hello("late"));
    AtomicReference<GetResponse> waiting = new AtomicReference<>();
    Broker.await(
        WAIT,
        "the request in rabbit_test.x",
        () -> {
          try {
            broker.admin(channel -> waiting.set(channel.basicGet(TOPIC + ".x", true)));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
          return waiting.get() != null;
        });
    assertEquals("5000", waiting.get().getProps().getExpiration());
    ExecutionException e = assertThrows(ExecutionException.class, call::get);
    assertInstanceOf(RpcTimeoutException.class, e.getCause());

    assertThrows(
        RpcTimeoutException.class,
        () -> client.onHost("x").call(CONTEXT, Duration.ofMillis(200)).hello("later"));
    Broker.await(
        WAIT,
        "the broker to drop the expired request",
        () -> {
          try {
            return broker.pending(TOPIC + ".x") == 0;
          } catch (Exception ex) {
            throw new AssertionError(ex);
          }
        });
  }

  @Test
  void aMessageNoQueueTakesIsAnErrorToTheSenderAndTheChannelLivesOn() throws Exception {
    startXandY();
    TransportException call =
        assertThrows(
            TransportException.class, () -> client.onHost("nobody").call(CONTEXT).hello("a"));
    assertEquals(
        "call to rabbit_test.nobody.hello failed: no queue takes messages for rabbit_test.nobody"
            + " (no rabbit_test service on host nobody has declared it) at "
            + broker.where()
            + " (NO_ROUTE); not delivered",
        call.getMessage());
    TransportException cast =
        assertThrows(
            TransportException.class, () -> client.onHost("nobody").cast(CONTEXT).record("a"));
    assertTrue(
        cast.getMessage().startsWith("cast to rabbit_test.nobody.record failed: no queue takes"),
        cast.getMessage());
    TransportException fanout =
        assertThrows(
            TransportException.class,
            () ->
                transport()
                    .send(Target.fanout("silent"), "{}".getBytes(StandardCharsets.UTF_8), null));
    assertEquals(
        "no silent service listens to the fan-out silent_fanout at "
            + broker.where()
            + " (NO_ROUTE); not delivered",
        fanout.getMessage());
    assertEquals("hello b from x", client.onHost("x").call(CONTEXT).hello("b"));
  }

  @Test
  void anOversizedRequestOrReplyIsRefusedBeforeSendingAndTheSenderLivesOn() throws Exception {
    start("x", "--rabbit_max_message_size=100000");
    client = client("--rabbit_max_message_size=100000");
    TransportException request =
        assertThrows(
            TransportException.class,
            () -> client.onHost("x").call(CONTEXT).hello("a".repeat(200_000)));
    assertTrue(
        request
            .getMessage()
            .matches(
                "call to rabbit_test\\.x\\.hello failed: the message to rabbit_test\\.x is \\d+"
                    + " bytes, over the limit of 100000 \\(--rabbit_max_message_size\\); not sent"),
        request.getMessage());
    RemoteError reply =
        assertThrows(
            RemoteError.class, () -> client.onHost("x").call(CONTEXT).repeat("ab", 100_000));
    assertEquals("ReplyNotSent", reply.remoteType());
    assertTrue(
        reply.remoteMessage().contains("over the limit of 100000 (--rabbit_max_message_size)"),
        reply.remoteMessage());
    assertEquals("hello again from x", client.onHost("x").call(CONTEXT).hello("again"));
    assertEquals("abab", client.onHost("x").call(CONTEXT).repeat("ab", 2));
  }

  @Test
  void aDeletedQueueIsDeclaredAndConsumedAgain() throws Exception {
    startXandY();
    assertTrue(answers("x"));
    broker.admin(channel -> channel.queueDelete(TOPIC + ".x"));
    Broker.await(WAIT, "x to answer again", () -> answers("x"));
    assertEquals(
        1, log.count("cancelled the consumer of queue rabbit_test.x (was it deleted?)"), log.all());
  }

  @Test
  void aDeletedReplyQueueFailsTheCallsWaitingOnItAtOnceAndIsDeclaredAgain() throws Exception {
    // Reply queues are oslo's: not auto-delete, they expire unused; earlier tests' may remain.
    List<String> earlier = broker.queues();
    startXandY();
    CompletableFuture<Void> call =
        CompletableFuture.runAsync(
            () -> client.onHost("x").call(CONTEXT, Duration.ofMinutes(5)).hang());
    assertTrue(PingManager.hanging.await(30, TimeUnit.SECONDS));
    List<String> replyQueues =
        broker.queues().stream()
            .filter(queue -> queue.startsWith("reply_") && !earlier.contains(queue))
            .toList();
    assertEquals(1, replyQueues.size(), replyQueues.toString());
    broker.deleteQueue(replyQueues.get(0));
    ExecutionException e = assertThrows(ExecutionException.class, call::get);
    assertEquals(
        "call to rabbit_test.x.hang failed: the reply queue "
            + replyQueues.get(0)
            + " at "
            + broker.where()
            + " went away (was it deleted?); a reply on its way can no longer arrive",
        e.getCause().getMessage());
    Broker.await(WAIT, "replies to arrive again", () -> answers("y"));
  }

  @Test
  void aQueueThatCannotBeDeclaredIsRetriedUntilItCanWithTheBrokersReasonLogged() throws Exception {
    start("x");
    client = client();
    assertTrue(answers("x"));
    // Replace the shared queue by a durable one, which the service's declaration conflicts with;
    // the service may win the race to declare it again, so try until the test wins.
    Broker.await(
        WAIT,
        "a conflicting rabbit_test queue",
        () -> {
          try {
            broker.admin(
                channel -> {
                  channel.queueDelete(TOPIC);
                  channel.queueDeclare(TOPIC, true, false, false, null);
                });
            return true;
          } catch (Exception e) {
            return false;
          }
        });
    Broker.await(
        WAIT,
        "the broker's reason in the log",
        () ->
            log.count("PRECONDITION_FAILED - inequivalent arg 'durable' for queue 'rabbit_test'")
                > 0);
    broker.admin(channel -> channel.queueDelete(TOPIC));
    Broker.await(
        WAIT,
        "the topic to answer again",
        () -> {
          try {
            return client.call(CONTEXT, Duration.ofSeconds(2)).hello("again").startsWith("hello");
          } catch (RuntimeException e) {
            return false;
          }
        });
    assertTrue(answers("x"));
  }

  @Test
  void thePublishingChannelIsOpenedAgainAfterTheBrokerClosesIt() throws Exception {
    startXandY();
    assertTrue(answers("x"));
    broker.admin(channel -> channel.exchangeDelete("nova"));
    TransportException e =
        assertThrows(TransportException.class, () -> client.onHost("x").call(CONTEXT).hello("a"));
    assertEquals(
        "call to rabbit_test.x.hello failed: cannot send the message to rabbit_test.x through "
            + broker.where()
            + ": NOT_FOUND - no exchange 'nova' in vhost '"
            + broker.name()
            + "'",
        e.getMessage());
    // Deleting the exchange took the services' bindings with it; bind x's queue again.
    broker.admin(
        channel -> {
          channel.exchangeDeclare("nova", "topic");
          channel.queueBind(TOPIC + ".x", "nova", TOPIC + ".x");
        });
    assertEquals("hello b from x", client.onHost("x").call(CONTEXT).hello("b"));
    Broker.await(
        WAIT,
        "the closed publishing channel logged",
        () -> log.count("closed the publishing channel (NOT_FOUND - no exchange 'nova'") > 0);
  }

  @Test
  void aBacklogStaysOnTheBrokerBeyondThePrefetchLimit() throws Exception {
    start("x", "--rpc_thread_pool_size=2", "--rabbit_qos_prefetch_count=3");
    client = client();
    PingManager.hanging = new CountDownLatch(2);
    client.onHost("x").cast(CONTEXT).hang();
    client.onHost("x").cast(CONTEXT).hang();
    assertTrue(PingManager.hanging.await(30, TimeUnit.SECONDS));
    String large = "x".repeat(100_000);
    for (int i = 0; i < 50; i++) {
      client.onHost("x").cast(CONTEXT).record(i + large);
    }
    // Both threads hang; the process holds the prefetch limit's 3 messages, the broker the rest.
    Broker.await(
        WAIT,
        "the broker to hold the backlog",
        () -> {
          try {
            return broker.counts(TOPIC + ".x").equals(new Broker.Counts(47, 3));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
    PingManager.release.countDown();
    Broker.await(WAIT, "all 50 casts to run", () -> PingManager.RECORDED.size() == 50);
    awaitNothingPending(TOPIC + ".x");
  }

  @Test
  void aMessageIsAcknowledgedWhenItsHandlerTakesItSoDeliveryIsAtMostOnce() throws Exception {
    startXandY();
    client.onHost("x").cast(CONTEXT).hang();
    assertTrue(PingManager.hanging.await(30, TimeUnit.SECONDS));
    // The acknowledgement is sent as the handler takes the message; the broker applies it soon.
    awaitNothingPending(TOPIC + ".x");
  }

  private void awaitNothingPending(String queue) throws InterruptedException {
    Broker.await(
        WAIT,
        "no message of " + queue + " pending",
        () -> {
          try {
            return broker.pending(queue) == 0;
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void aMessageDeliveredAgainAfterItsReceiverLostTheBrokerDoesNotRun() throws Exception {
    start("x", "--rpc_thread_pool_size=1", "--rabbit_qos_prefetch_count=3");
    client = client();
    client.onHost("x").cast(CONTEXT).hang();
    assertTrue(PingManager.hanging.await(30, TimeUnit.SECONDS));
    client.onHost("x").cast(CONTEXT).record("a");
    client.onHost("x").cast(CONTEXT).record("b");
    Broker.await(
        WAIT,
        "x to receive a and b",
        () -> {
          try {
            return broker.counts(TOPIC + ".x").unacknowledged() == 2;
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
    broker.closeConnections();
    Broker.await(WAIT, "x and the client to reconnect", () -> log.count("reconnected to") >= 2);
    PingManager.release.countDown();
    Broker.await(WAIT, "a refusal", () -> log.count("not running a message delivered again") > 0);
    // x runs its messages in order on one thread: once c has run, a and b have been dealt with.
    client.onHost("x").cast(CONTEXT).record("c");
    Broker.await(WAIT, "c", () -> PingManager.RECORDED.contains("x:c"));
    assertFalse(PingManager.RECORDED.contains("x:a"), PingManager.RECORDED.toString());
    assertFalse(PingManager.RECORDED.contains("x:b"), PingManager.RECORDED.toString());
  }
}
