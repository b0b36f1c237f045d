package io.github.flagstaff.rabbit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.Codecs;
import io.github.flagstaff.runtime.rpc.JsonCodec;
import io.github.flagstaff.runtime.rpc.RemoteError;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.RpcTimeoutException;
import io.github.flagstaff.runtime.rpc.Target;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.Transports;
import io.github.flagstaff.runtime.service.Service;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Flagstaff against the real oslo.messaging (Debian's python3-oslo.messaging, run from {@code
 * src/test/python}) on one RabbitMQ virtual host of the test's own: each direction of call, cast,
 * fan-out, remote error, unsupported version and timeout, the context arriving whole, and both
 * kinds of server sharing one topic.
 */
class OsloInteropTest {
  private static final String TOPIC = "interop";
  private static final Duration WAIT = Duration.ofSeconds(30);

  /**
   * A context with oslo.context's keys, a secret token, a null, and a key Flagstaff does not know.
   */
  private static final RequestContext CONTEXT =
      RequestContext.of("alice", "demo")
          .withAuthToken("tok-secret")
          .withRoles(List.of("admin", "member"))
          .with("user_name", "null")
          .with("custom", "{\"nested\":[1,2.5,\"three\"]}");

  /** Any JSON value, as compact text. */
  private static final JsonCodec<String> RAW =
      new JsonCodec<>() {
        @Override
        public void write(JsonGenerator out, String value) throws IOException {
          out.writeRawValue(value);
        }

        @Override
        public String read(JsonParser in) throws IOException {
          return OsloPeer.compact(in);
        }
      };

  private static Broker broker;

  private final List<Service> services = new ArrayList<>();
  private final List<AutoCloseable> peers = new ArrayList<>();
  private Transport transport;
  private RpcClient rpc;

  @BeforeAll
  static void createVirtualHost() throws Exception {
    Broker.assumeRunning();
    OsloPeer.assumeInstalled();
    broker = Broker.vhost("oslo");
  }

  @AfterAll
  static void deleteVirtualHost() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  @BeforeEach
  void setUp() throws Exception {
    broker.admin(
        channel -> {
          for (String queue : List.of(TOPIC, TOPIC + ".j", TOPIC + ".k", TOPIC + ".o")) {
            channel.queueDelete(queue);
          }
        });
    InteropManager.RECORDED.clear();
    transport = Transports.open(broker.url(), flags());
    rpc = new RpcClient(transport, Duration.ofSeconds(10));
  }

  @AfterEach
  void tearDown() throws Exception {
    for (Service service : services) {
      service.stop();
    }
    for (AutoCloseable peer : peers) {
      peer.close();
    }
    transport.close();
  }

  private FlagValues flags(String... args) throws Exception {
    List<String> all =
        new ArrayList<>(
            List.of(
                "--transport_url=" + broker.url(),
                "--rpc_response_timeout=10s",
                "--sql_connection=memory:"));
    all.addAll(List.of(args));
    return FlagParser.of(FlagRegistry.load()).parse(all).values();
  }

  private void flagstaff(String host) throws Exception {
    Service service = Service.builder(NovaInteropMain.SERVICE, flags("--host=" + host)).build();
    service.start();
    services.add(service);
    Broker.await(WAIT, "the queue of " + host, () -> hasQueue(TOPIC + "." + host));
  }

  private boolean hasQueue(String queue) {
    try {
      return broker.queues().contains(queue);
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private OsloPeer.Server oslo(String host, String version) throws Exception {
    OsloPeer.Server server = OsloPeer.Server.start(broker, TOPIC, host, version);
    peers.add(server);
    return server;
  }

  private Map<String, String> osloCall(String... arguments) throws Exception {
    return OsloPeer.client(broker, TOPIC, arguments);
  }

  // oslo.messaging client -> Flagstaff service

  @Test
  void anOsloClientCallsAFlagstaffService() throws Exception {
    flagstaff("j");
    assertEquals(
        Map.of("result", "\"hello bob from flagstaff j\""),
        osloCall("--method", "hello", "--args", "{\"name\": \"bob\"}"));
    assertEquals(
        Map.of("result", "\"hello ann from flagstaff j\""),
        osloCall("--server", "j", "--method", "hello", "--args", "{\"name\": \"ann\"}"));
  }

  @Test
  void anOsloClientCastsAndFansOutToFlagstaffServices() throws Exception {
    flagstaff("j");
    flagstaff("k");
    osloCall(
        "--action", "cast", "--server", "k", "--method", "record", "--args", "{\"text\": \"c1\"}");
    assertEquals("k:c1", InteropManager.RECORDED.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
    osloCall("--action", "fanout", "--method", "record", "--args", "{\"text\": \"f1\"}");
    Set<String> fanned = new HashSet<>();
    fanned.add(InteropManager.RECORDED.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
    fanned.add(InteropManager.RECORDED.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
    assertEquals(Set.of("j:f1", "k:f1"), fanned);
  }

  @Test
  void anOsloClientGetsFlagstaffFailuresAsOsloRemoteErrors() throws Exception {
    flagstaff("j");
    assertEquals(
        Map.of(
            "error",
            "{\"type\":\"RemoteError\",\"exc_type\":\"IllegalStateException\",\"value\":\"disk"
                + " full\"}"),
        osloCall("--method", "fail", "--args", "{\"message\": \"disk full\"}"));
    assertEquals(
        Map.of(
            "error",
            "{\"type\":\"RemoteError\",\"exc_type\":\"NoSuchMethod\",\"value\":\"Endpoint does"
                + " not support RPC method nope\"}"),
        osloCall("--method", "nope"));
  }

  @Test
  void anOsloClientAskingForAVersionTheServiceLacksGetsUnsupportedVersion() throws Exception {
    flagstaff("j");
    for (String version : List.of("1.3", "2.0")) {
      assertEquals(
          Map.of(
              "error",
              "{\"type\":\"RemoteError\",\"exc_type\":\"UnsupportedVersion\",\"value\":\"Endpoint"
                  + " does not support RPC version "
                  + version
                  + ". Attempted method: hello\"}"),
          osloCall("--version", version, "--method", "hello", "--args", "{\"name\": \"x\"}"));
    }
    for (String version : List.of("1.0", "1.2")) {
      assertEquals(
          Map.of("result", "\"hello x from flagstaff j\""),
          osloCall("--version", version, "--method", "hello", "--args", "{\"name\": \"x\"}"));
    }
  }

  @Test
  void anOsloClientTimesOutOnASlowFlagstaffMethodUnlessHeartbeatsKeepItWaiting() throws Exception {
    flagstaff("j");
    Map<String, String> timedOut =
        osloCall("--timeout", "1", "--method", "sleep", "--args", "{\"seconds\": 3}");
    assertTrue(
        timedOut.get("error").contains("\"type\":\"MessagingTimeout\""), timedOut.toString());
    // call_monitor_timeout 6 s alone would give up after 6 s; the service's heartbeats (every 3 s,
    // half of it, leaving 3 s for a loaded machine) keep the caller waiting for the 8 s it takes.
    assertEquals(
        Map.of("result", "8"),
        osloCall(
            "--timeout", "30",
            "--call-monitor-timeout", "6",
            "--method", "sleep",
            "--args", "{\"seconds\": 8}"));
  }

  @Test
  void theContextOfAnOsloClientArrivesWhole() throws Exception {
    flagstaff("j");
    String context =
        "{\"user\": \"u1\", \"project_id\": \"p1\", \"roles\": [\"reader\"], \"is_admin\": false,"
            + " \"auth_token\": \"tok\", \"request_id\": \"req-9\", \"user_name\": null,"
            + " \"custom\": {\"a\": [1, true]}}";
    Map<String, String> answer = osloCall("--method", "context", "--context", context);
    Map<String, String> received = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> field : OsloPeer.fields(answer.get("result")).entrySet()) {
      received.put(field.getKey(), OsloPeer.string(field.getValue()));
    }
    assertEquals(OsloPeer.fields(context), received);
  }

  // Flagstaff client -> oslo.messaging server

  @Test
  void aFlagstaffClientCallsAnOsloServer() throws Exception {
    oslo("o", "1.0");
    assertEquals("hello bob from oslo", hello(Target.topic(TOPIC), null));
    assertEquals("hello bob from oslo", hello(Target.host(TOPIC, "o"), "1.0"));
  }

  private String hello(Target target, String version) {
    return rpc.call(
        target,
        CONTEXT,
        Duration.ofSeconds(10),
        "hello",
        version,
        null,
        arguments -> arguments.put("name", Codecs.STRING, "bob"),
        Codecs.STRING);
  }

  @Test
  void aFlagstaffClientCastsAndFansOutToAnOsloServer() throws Exception {
    OsloPeer.Server server = oslo("o", "1.0");
    rpc.cast(Target.host(TOPIC, "o"), CONTEXT, "record", a -> a.put("text", Codecs.STRING, "c1"));
    assertEquals("CAST c1", server.nextLine(WAIT));
    rpc.cast(Target.fanout(TOPIC), CONTEXT, "record", a -> a.put("text", Codecs.STRING, "f1"));
    assertEquals("CAST f1", server.nextLine(WAIT));
  }

  @Test
  void aFlagstaffClientGetsOsloFailuresAsRemoteErrors() throws Exception {
    oslo("o", "1.0");
    RemoteError failed =
        assertThrows(
            RemoteError.class,
            () ->
                rpc.call(
                    Target.topic(TOPIC),
                    CONTEXT,
                    Duration.ofSeconds(10),
                    "fail",
                    a -> a.put("message", Codecs.STRING, "too big"),
                    RAW));
    assertEquals("ValueTooLarge", failed.remoteType());
    assertEquals("__main__", failed.remoteModule());
    assertEquals("too big", failed.remoteMessage());
    RemoteError missing =
        assertThrows(
            RemoteError.class,
            () ->
                rpc.call(
                    Target.topic(TOPIC), CONTEXT, Duration.ofSeconds(10), "nope", a -> {}, RAW));
    assertEquals("NoSuchMethod", missing.remoteType());
    assertEquals("oslo_messaging.rpc.dispatcher", missing.remoteModule());
    assertEquals("Endpoint does not support RPC method nope", missing.remoteMessage());
  }

  @Test
  void aFlagstaffClientAskingForAVersionTheOsloServerLacksGetsUnsupportedVersion()
      throws Exception {
    oslo("o", "1.3");
    assertEquals("hello bob from oslo", hello(Target.topic(TOPIC), "1.2"));
    for (String version : List.of("1.4", "2.0")) {
      RemoteError e = assertThrows(RemoteError.class, () -> hello(Target.topic(TOPIC), version));
      assertEquals("UnsupportedVersion", e.remoteType());
      assertEquals(
          "Endpoint does not support RPC version " + version + ". Attempted method: hello",
          e.remoteMessage());
    }
  }

  @Test
  void aFlagstaffCallToASlowOsloMethodTimesOut() throws Exception {
    oslo("o", "1.0");
    RpcTimeoutException e =
        assertThrows(
            RpcTimeoutException.class,
            () ->
                rpc.call(
                    Target.topic(TOPIC),
                    CONTEXT,
                    Duration.ofSeconds(1),
                    "sleep",
                    a -> a.put("seconds", Codecs.INT, 3),
                    Codecs.INT));
    assertTrue(e.getMessage().contains("timed out after PT1S"), e.getMessage());
  }

  @Test
  void theContextOfAFlagstaffClientArrivesWhole() throws Exception {
    oslo("o", "1.0");
    String received =
        rpc.call(Target.topic(TOPIC), CONTEXT, Duration.ofSeconds(10), "context", a -> {}, RAW);
    assertEquals(CONTEXT.rawValues(), OsloPeer.fields(received));
    assertTrue(CONTEXT.rawValues().get("auth_token").contains("tok-secret"));
    assertFalse(CONTEXT.toString().contains("tok-secret"), CONTEXT.toString());
  }

  // Both kinds of server on one topic

  @Test
  void anOsloServerStartedFirstAndAFlagstaffServerShareTheTopic() throws Exception {
    oslo("o", "1.0");
    flagstaff("j");
    assertBothAnswer();
  }

  @Test
  void aFlagstaffServerStartedFirstAndAnOsloServerShareTheTopic() throws Exception {
    flagstaff("j");
    oslo("o", "1.0");
    assertBothAnswer();
  }

  /**
   * The broker gives each message of the shared topic queue to its consumers in turn, so two calls
   * in a row, from either side, reach both servers.
   */
  private void assertBothAnswer() throws Exception {
    Set<String> both = Set.of("hello bob from oslo", "hello bob from flagstaff j");
    Set<String> fromJava = new HashSet<>();
    Set<String> fromPython = new HashSet<>();
    for (int i = 0; i < 2; i++) {
      fromJava.add(hello(Target.topic(TOPIC), null));
    }
    for (int i = 0; i < 2; i++) {
      fromPython.add(
          OsloPeer.string(
              osloCall("--method", "hello", "--args", "{\"name\": \"bob\"}").get("result")));
    }
    assertEquals(both, fromJava);
    assertEquals(both, fromPython);
    assertEquals(Set.of("j:f", "o"), fanOutReachesBoth());
  }

  private Set<String> fanOutReachesBoth() throws Exception {
    OsloPeer.Server server = (OsloPeer.Server) peers.get(0);
    rpc.cast(Target.fanout(TOPIC), CONTEXT, "record", a -> a.put("text", Codecs.STRING, "f"));
    Set<String> reached = new HashSet<>();
    reached.add(InteropManager.RECORDED.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
    if (server.nextLine(WAIT).equals("CAST f")) {
      reached.add("o");
    }
    return reached;
  }
}
