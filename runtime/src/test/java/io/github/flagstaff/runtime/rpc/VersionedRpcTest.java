package io.github.flagstaff.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.runtime.CommonFlags;
import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.flags.Program;
import io.github.flagstaff.runtime.service.Service;
import io.github.flagstaff.runtime.service.ServiceFlags;
import io.github.flagstaff.runtime.service.StoreFlags;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Versioned RPC APIs over {@code memory://}: what a server of version 1.3 serves, and what a client
 * capped by {@code --upgrade_levels_shelf} refuses to send.
 */
class VersionedRpcTest {
  private static final FlagParser PARSER =
      FlagParser.of(
          FlagRegistry.of(
              CommonFlags.class,
              ServiceFlags.class,
              RpcFlags.class,
              StoreFlags.class,
              NovaShelfMain.class,
              ShelfClient.class));
  private static final RequestContext CONTEXT = new RequestContext("req-1", "alice", "demo");

  private final String url = "memory://" + UUID.randomUUID();
  private final AtomicInteger sent = new AtomicInteger();
  private Service service;
  private Transport transport;

  @BeforeEach
  void start() throws Exception {
    service =
        Service.builder(
                NovaShelfMain.SERVICE,
                values("--host=a", "--transport_url=" + url, "--sql_connection=memory:"))
            .build();
    service.start();
    transport = new CountingTransport(Transports.open(url, null), sent);
  }

  @AfterEach
  void stop() throws Exception {
    service.stop();
    transport.close();
  }

  private static FlagValues values(String... args) throws Exception {
    return PARSER.parse(List.of(args)).values();
  }

  private ShelfClient client(String... flags) throws Exception {
    return ShelfClient.of(
        new RpcClient(transport, Duration.ofSeconds(10), VersionCaps.of(values(flags))));
  }

  private <T> T call(
      String method,
      String version,
      String namespace,
      Arguments.Writer arguments,
      JsonCodec<T> result) {
    return new RpcClient(transport, Duration.ofSeconds(10))
        .call(
            Target.topic("shelf"),
            CONTEXT,
            Duration.ofSeconds(10),
            method,
            version,
            namespace,
            arguments,
            result);
  }

  @Test
  void aRequestOfTheSameMajorAndAMinorNoHigherIsServed() {
    for (String version : List.of("1.0", "1.1", "1.2", "1.3")) {
      assertEquals(3, call("count", version, null, a -> {}, Codecs.INT), version);
    }
    assertEquals(3, call("count", null, null, a -> {}, Codecs.INT));
  }

  @Test
  void aHigherMinorOrAnotherMajorIsUnsupportedVersion() {
    for (String version : List.of("1.4", "2.0", "0.9", "1.3.1")) {
      RemoteError e =
          assertThrows(RemoteError.class, () -> call("count", version, null, a -> {}, Codecs.INT));
      assertEquals("UnsupportedVersion", e.remoteType());
      assertEquals(
          "Endpoint does not support RPC version " + version + ". Attempted method: count",
          e.remoteMessage());
    }
  }

  @Test
  void aNamespaceNoMethodIsInIsUnsupportedVersion() {
    RemoteError e =
        assertThrows(RemoteError.class, () -> call("ping", "1.1", "nope", a -> {}, Codecs.STRING));
    assertEquals("UnsupportedVersion", e.remoteType());
  }

  @Test
  void aMethodIsServedInItsNamespaceOnly() {
    assertEquals(
        "pong x",
        call("ping", "1.1", "baseapi", a -> a.put("text", Codecs.STRING, "x"), Codecs.STRING));
    RemoteError withoutIt =
        assertThrows(
            RemoteError.class,
            () -> call("ping", "1.1", null, a -> a.put("text", Codecs.STRING, "x"), Codecs.STRING));
    assertEquals("NoSuchMethod", withoutIt.remoteType());
    RemoteError inIt =
        assertThrows(RemoteError.class, () -> call("count", "1.0", "baseapi", a -> {}, Codecs.INT));
    assertEquals("NoSuchMethod", inIt.remoteType());
  }

  @Test
  void theGeneratedClientSendsEachMethodsVersionAndNamespace() throws Exception {
    ShelfClient shelf = client();
    assertEquals(5, shelf.call(CONTEXT).shelve(2));
    assertEquals("pong y", shelf.call(CONTEXT).ping("y"));
    shelf.call(CONTEXT).clear();
    assertEquals(0, shelf.call(CONTEXT).count());
  }

  @Test
  void aCappedClientRefusesANewerMethodBeforeSendingIt() throws Exception {
    ShelfClient shelf = client("--upgrade_levels_shelf=1.1");
    int before = sent.get();
    RpcVersionCapException call =
        assertThrows(RpcVersionCapException.class, () -> shelf.call(CONTEXT).shelve(1));
    assertEquals(
        "shelf.shelve needs RPC API version 1.2, which the version cap 1.1"
            + " (--upgrade_levels_shelf) does not allow: a message must have the cap's major"
            + " version and a minor version no higher; not sent",
        call.getMessage());
    assertEquals("1.2", call.version());
    assertEquals("1.1", call.cap());
    assertThrows(RpcVersionCapException.class, () -> shelf.cast(CONTEXT).clear());
    assertThrows(RpcVersionCapException.class, () -> shelf.fanout(CONTEXT).shelve(1));
    assertEquals(before, sent.get());
    assertEquals(3, shelf.call(CONTEXT).count());
    assertEquals("pong z", shelf.call(CONTEXT).ping("z"));
    assertEquals(before + 2, sent.get());
  }

  @Test
  void aCapOfAnotherMajorRefusesEvenTheFirstMethods() throws Exception {
    ShelfClient shelf = client("--upgrade_levels_shelf=2.0");
    assertThrows(RpcVersionCapException.class, () -> shelf.call(CONTEXT).count());
    assertEquals(0, sent.get());
  }

  @Test
  void canSendVersionLetsACallerFallBack() throws Exception {
    ShelfClient capped = client("--upgrade_levels_shelf=1.1");
    assertTrue(capped.canSendVersion("1.0"));
    assertTrue(capped.canSendVersion("1.1"));
    assertFalse(capped.canSendVersion("1.2"));
    assertFalse(capped.canSendVersion("2.0"));
    int books =
        capped.canSendVersion("1.2")
            ? capped.call(CONTEXT).shelve(1)
            : capped.call(CONTEXT).count();
    assertEquals(3, books);
    ShelfClient free = client();
    assertTrue(free.canSendVersion("1.2"));
    assertTrue(free.canSendVersion("7.9"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> free.canSendVersion("1.2a"));
    assertEquals(
        "'1.2a' is not an RPC API version: expected major.minor, such as 1.3", e.getMessage());
  }

  @Test
  void aMalformedCapIsAFlagErrorNamingTheFlag() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Program.Outcome outcome =
        Program.named("nova-shelf")
            .parser(PARSER)
            .defaultFlagfiles(List.of())
            .run(
                new String[] {"--upgrade_levels_shelf=1.x"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, outcome.exitCode());
    assertEquals(
        "nova-shelf: invalid value '1.x' for flag --upgrade_levels_shelf: expected an RPC API"
            + " version: major.minor, such as 1.3\n"
            + "Try 'nova-shelf --help' for the list of flags.\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theCapIsAFlagThatAFlagfileSetsAndHelpShows(@TempDir Path dir) throws Exception {
    Path flagfile = Files.writeString(dir.resolve("nova.conf"), "--upgrade_levels_shelf=1.2\n");
    FlagValues values = values("--flagfile=" + flagfile);
    assertEquals("1.2", VersionCaps.of(values).capOf("shelf"));
    ShelfClient shelf =
        ShelfClient.of(new RpcClient(transport, Duration.ofSeconds(10), VersionCaps.of(values)));
    assertEquals(4, shelf.call(CONTEXT).shelve(1));
    assertThrows(RpcVersionCapException.class, () -> shelf.call(CONTEXT).clear());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Program.named("nova-shelf")
        .parser(PARSER)
        .defaultFlagfiles(List.of())
        .run(
            new String[] {"--helpfull"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("--upgrade_levels_shelf"), help);
    assertTrue(help.contains("Nova's [upgrade_levels] shelf"), help);
  }

  /** A transport that counts the messages sent through it. */
  private record CountingTransport(Transport delegate, AtomicInteger sent) implements Transport {
    @Override
    public void send(Target target, byte[] message, Duration expiration) {
      sent.incrementAndGet();
      delegate.send(target, message, expiration);
    }

    @Override
    public Subscription listen(String topic, String host, Receiver receiver) {
      return delegate.listen(topic, host, receiver);
    }

    @Override
    public String replyQueue(ReplyHandler handler) {
      return delegate.replyQueue(handler);
    }

    @Override
    public void reply(String address, byte[] message) {
      delegate.reply(address, message);
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
