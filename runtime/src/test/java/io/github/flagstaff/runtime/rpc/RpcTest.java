package io.github.flagstaff.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.runtime.CommonFlags;
import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.service.LogRecorder;
import io.github.flagstaff.runtime.service.Service;
import io.github.flagstaff.runtime.service.ServiceFlags;
import io.github.flagstaff.runtime.service.StoreFlags;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RPC between services in one JVM over {@code memory://}: every path a message can take. */
class RpcTest {
  private static final FlagParser PARSER =
      FlagParser.of(
          FlagRegistry.of(
              CommonFlags.class,
              ServiceFlags.class,
              RpcFlags.class,
              StoreFlags.class,
              NovaCalcMain.class));
  private static final RequestContext CONTEXT = new RequestContext("req-1", "alice", "demo");

  private final String url = "memory://" + UUID.randomUUID();
  private final List<Service> services = new ArrayList<>();
  private Transport transport;
  private RpcClient rpc;
  private CalcClient calc;

  private Service start(String host, String... flags) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of("--host=" + host, "--transport_url=" + url, "--sql_connection=memory:"));
    args.addAll(List.of(flags));
    Service service = Service.builder(NovaCalcMain.SERVICE, PARSER.parse(args).values()).build();
    service.start();
    services.add(service);
    return service;
  }

  @BeforeEach
  void startTwoHosts() throws Exception {
    CalcManager.PINGS.clear();
    CalcManager.release = new CountDownLatch(0);
    CalcManager.slowStarted = new CountDownLatch(1);
    CalcManager.slowFinished = false;
    start("a");
    start("b");
    transport = Transports.open(url, null);
    rpc = new RpcClient(transport, Duration.ofSeconds(10));
    calc = CalcClient.of(rpc);
  }

  @AfterEach
  void stop() throws Exception {
    CalcManager.release.countDown();
    for (Service service : services) {
      service.stop();
    }
  }

  @Test
  void callReturnsTheResult() {
    assertEquals(5, calc.call(CONTEXT).add(2, 3));
  }

  @Test
  void recordsListsMapsAndOptionalsMakeTheRoundTrip() {
    List<Point> mirrored =
        calc.call(CONTEXT)
            .mirror(
                List.of(new Point(1, 2, Optional.of("p")), new Point(3, 4, Optional.empty())),
                Map.of("x", 10));
    assertEquals(
        List.of(new Point(9, 2, Optional.of("p")), new Point(7, 4, Optional.empty())), mirrored);
  }

  @Test
  void theRequestContextReachesAMethodThatAsksForIt() {
    assertEquals("alice@demo req-1: hi", calc.call(CONTEXT).echo("hi"));
  }

  @Test
  void aCastToTheTopicGoesToOneHostAtATime() throws Exception {
    for (int i = 0; i < 6; i++) {
      calc.cast(CONTEXT).ping();
    }
    awaitPings(6);
    assertEquals(3, CalcManager.PINGS.get("a").get());
    assertEquals(3, CalcManager.PINGS.get("b").get());
  }

  @Test
  void aCallToAHostGoesToThatHostOnly() {
    for (int i = 0; i < 4; i++) {
      assertEquals("b", calc.onHost("b").call(CONTEXT).whoami());
    }
    assertEquals("a", calc.onHost("a").call(CONTEXT).whoami());
  }

  @Test
  void aFanoutReachesEveryHost() throws Exception {
    calc.fanout(CONTEXT).ping();
    awaitPings(2);
    assertEquals(1, CalcManager.PINGS.get("a").get());
    assertEquals(1, CalcManager.PINGS.get("b").get());
  }

  @Test
  void aCallWithNoReplyTimesOut() {
    RpcTimeoutException e =
        assertThrows(
            RpcTimeoutException.class,
            () ->
                rpc.call(
                    Target.topic("nobody"),
                    CONTEXT,
                    Duration.ofMillis(100),
                    "add",
                    arguments -> {},
                    Codecs.INT));
    assertEquals("call to nobody.add timed out after PT0.1S with no reply", e.getMessage());
  }

  @Test
  void aCallMayOverrideTheTimeout() {
    CalcManager.release = new CountDownLatch(1);
    RpcTimeoutException e =
        assertThrows(
            RpcTimeoutException.class,
            () -> calc.onHost("a").call(CONTEXT, Duration.ofMillis(50)).slow());
    assertEquals("call to calc.a.slow timed out after PT0.05S with no reply", e.getMessage());
  }

  @Test
  void aRemoteExceptionComesBackAsRemoteError() {
    RemoteError e = assertThrows(RemoteError.class, () -> calc.call(CONTEXT).fail("disk full"));
    assertEquals("IllegalStateException", e.remoteType());
    assertEquals("java.lang", e.remoteModule());
    assertEquals("disk full", e.remoteMessage());
    assertEquals("remote error: IllegalStateException: disk full", e.getMessage());
  }

  @Test
  void anUnknownMethodIsAnErrorAndSoIsAPublicMethodWithoutRpc() {
    for (String method : List.of("nope", "not_remote", "init_host", "notRemote")) {
      RemoteError e =
          assertThrows(RemoteError.class, () -> rawCall(method, a -> {}, Codecs.STRING));
      assertEquals("NoSuchMethod", e.remoteType());
      assertEquals("oslo_messaging.rpc.dispatcher", e.remoteModule());
      assertEquals("Endpoint does not support RPC method " + method, e.remoteMessage());
    }
  }

  @Test
  void undecodableArgumentsAreAnError() {
    RemoteError wrongType =
        assertThrows(
            RemoteError.class,
            () ->
                rawCall(
                    "add",
                    a -> a.put("a", Codecs.STRING, "x").put("b", Codecs.INT, 1),
                    Codecs.INT));
    assertEquals("BadArguments", wrongType.remoteType());
    assertEquals("argument 'a': expected int, got 'x'", wrongType.remoteMessage());
    RemoteError missing =
        assertThrows(
            RemoteError.class, () -> rawCall("add", a -> a.put("a", Codecs.INT, 1), Codecs.INT));
    assertEquals("missing argument 'b'", missing.remoteMessage());
  }

  @Test
  void aMalformedMessageIsAnsweredWhenItCanBeAndNeverStopsTheConsumer() throws Exception {
    transport.send(Target.topic("calc"), "not json at all".getBytes(StandardCharsets.UTF_8), null);
    transport.send(
        Target.topic("calc"),
        "{\"method\": 42, \"args\": {}}".getBytes(StandardCharsets.UTF_8),
        null);
    CompletableFuture<String> reply = new CompletableFuture<>();
    String queue =
        transport.replyQueue(
            new Transport.ReplyHandler() {
              @Override
              public void onReply(byte[] message) {
                reply.complete(new String(message, StandardCharsets.UTF_8));
              }

              @Override
              public void onLost(String reason) {
                reply.completeExceptionally(new AssertionError(reason));
              }
            });
    String malformed = "{\"_msg_id\": \"m1\", \"_reply_q\": \"" + queue + "\", \"args\": []}";
    transport.send(Target.host("calc", "a"), malformed.getBytes(StandardCharsets.UTF_8), null);
    Messages.Reply answer =
        Messages.parseReply(reply.get(5, TimeUnit.SECONDS).getBytes(StandardCharsets.UTF_8));
    assertEquals("m1", answer.msgId());
    assertEquals("MalformedMessage", answer.failureType());
    assertEquals("expected \"args\" to be an object", answer.failureMessage());
    assertTrue(answer.ending());
    for (int i = 0; i < 4; i++) {
      assertEquals(7, calc.call(CONTEXT).add(3, 4));
    }
  }

  @Test
  void aFailingCastIsLoggedAndTheConsumerGoesOn() throws Exception {
    try (LogRecorder log = LogRecorder.of(RpcServer.class)) {
      calc.cast(CONTEXT).fail("cast failure");
      calc.cast(CONTEXT).fail("cast failure");
      assertEquals(3, calc.call(CONTEXT).add(1, 2));
      LogRecord failure = log.await(Level.SEVERE, 1).get(0);
      assertEquals("calc.fail failed (req-1)", failure.getMessage());
      assertEquals(IllegalStateException.class, failure.getThrown().getClass());
      assertEquals("cast failure", failure.getThrown().getMessage());
      assertEquals(3, calc.call(CONTEXT).add(1, 2));
    }
  }

  @Test
  void aSlowMethodDoesNotHoldUpTheOthers() throws Exception {
    CalcManager.release = new CountDownLatch(1);
    CompletableFuture<String> slow =
        CompletableFuture.supplyAsync(() -> calc.onHost("a").call(CONTEXT).slow());
    assertTrue(CalcManager.slowStarted.await(5, TimeUnit.SECONDS));
    assertEquals(9, calc.onHost("a").call(CONTEXT).add(4, 5));
    assertFalse(slow.isDone());
    CalcManager.release.countDown();
    assertEquals("slow done on a", slow.get(5, TimeUnit.SECONDS));
  }

  @Test
  void stopLetsARunningHandlerFinishAndConsumesNothingNew() throws Exception {
    CalcManager.release = new CountDownLatch(1);
    CompletableFuture<String> slow =
        CompletableFuture.supplyAsync(() -> calc.onHost("a").call(CONTEXT).slow());
    assertTrue(CalcManager.slowStarted.await(5, TimeUnit.SECONDS));
    Service a = services.get(0);
    AtomicReference<Thread> stopper = new AtomicReference<>();
    AtomicBoolean finishedWhenStopped = new AtomicBoolean();
    CompletableFuture<Boolean> stopped =
        CompletableFuture.supplyAsync(
            () -> {
              stopper.set(Thread.currentThread());
              try {
                boolean finished = a.stop();
                finishedWhenStopped.set(CalcManager.slowFinished);
                return finished;
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    // stop() must block while the handler is held: wait until its thread parks, failing (not
    // hanging) if it returns instead.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (stopper.get() == null || !isParked(stopper.get())) {
      assertFalse(stopped.isDone(), "stop() returned while a handler was running");
      assertTrue(System.nanoTime() < deadline, "stop() never waited");
      Thread.onSpinWait();
    }
    assertFalse(stopped.isDone(), "stop() returned while a handler was running");
    CalcManager.release.countDown();
    assertEquals("slow done on a", slow.get(5, TimeUnit.SECONDS));
    assertTrue(stopped.get(5, TimeUnit.SECONDS));
    assertTrue(finishedWhenStopped.get(), "stop() returned before the handler finished");
    for (int i = 0; i < 3; i++) {
      assertEquals("b", calc.call(CONTEXT).whoami());
    }
  }

  private static boolean isParked(Thread thread) {
    Thread.State state = thread.getState();
    return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
  }

  /** A call to the calc topic by method name, as no generated client would make it. */
  private <T> T rawCall(String method, Arguments.Writer arguments, JsonCodec<T> result) {
    return rpc.call(
        Target.topic("calc"), CONTEXT, Duration.ofSeconds(5), method, arguments, result);
  }

  private static void awaitPings(int total) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (CalcManager.PINGS.values().stream().mapToInt(c -> c.get()).sum() < total) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + CalcManager.PINGS + " of " + total + " pings arrived");
      }
      Thread.sleep(5);
    }
  }
}
