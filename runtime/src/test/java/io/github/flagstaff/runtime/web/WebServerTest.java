package io.github.flagstaff.runtime.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.runtime.flags.FlagException;
import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.rpc.Codecs;
import io.github.flagstaff.runtime.service.LogRecorder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The web server with a hand-written router, over real HTTP on a free loopback port. */
class WebServerTest {
  private static final FlagParser PARSER = FlagParser.of(FlagRegistry.of(WebFlags.class));

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<WebServer> servers = new ArrayList<>();
  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() throws InterruptedException {
    release.countDown();
    for (WebServer server : servers) {
      server.stop(Duration.ofSeconds(1));
    }
  }

  private static WebFlags limits(String... args) throws FlagException {
    List<String> all = new ArrayList<>(List.of("--request_read_timeout=5s"));
    all.addAll(List.of(args));
    return PARSER.parse(all).values().get(WebFlags.class);
  }

  private WebServer start(int workers, String... args) throws Exception {
    WebServer server = WebServer.start(new TestRouter(), "127.0.0.1", 0, workers, limits(args));
    servers.add(server);
    return server;
  }

  private URI uri(WebServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> get(WebServer server, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(server, path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(WebServer server, String method, String path, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(server, path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A router as the processor would generate it, for a few routes. */
  private final class TestRouter implements WebRouter {
    @Override
    public String api() {
      return "test_api";
    }

    @Override
    public WebReply route(WebRequest request) throws Exception {
      List<String> s = request.segments();
      String method = request.method();
      if (s.size() == 2 && s.get(0).equals("v2") && s.get(1).equals("servers")) {
        switch (method) {
          case "GET":
            String name = WebParams.optional(request, "name").orElse("any");
            return WebReply.ok(
                Codecs.listOf(Codecs.STRING), List.of(name, request.context().user()));
          case "POST":
            String created = WebParams.body(request, Codecs.STRING, "server");
            return WebReply.of(Codecs.STRING, Response.of(202, created).header("Location", "/x"));
          default:
            throw new WebException.MethodNotAllowed(method, "GET, POST");
        }
      }
      if (s.size() == 3 && s.get(0).equals("v2") && s.get(1).equals("servers")) {
        int id = WebParams.integer("id", s.get(2));
        switch (method) {
          case "GET":
            if (id == 404) {
              throw new WebException.NotFound("server 404 could not be found");
            }
            return WebReply.ok(Codecs.INT, id);
          case "DELETE":
            return WebReply.noContent();
          default:
            throw new WebException.MethodNotAllowed(method, "DELETE, GET");
        }
      }
      if (s.size() == 1 && s.get(0).equals("block") && method.equals("GET")) {
        entered.countDown();
        release.await();
        return WebReply.ok(Codecs.STRING, "finished");
      }
      if (s.size() == 1 && s.get(0).equals("boom") && method.equals("GET")) {
        throw new IllegalStateException("password=hunter2 in an internal message");
      }
      throw new WebException.NotFound("no route for " + request.path());
    }
  }

  @Test
  void routesParametersAndResults() throws Exception {
    WebServer server = start(4);
    HttpResponse<String> list = get(server, "/v2/servers?name=a%20b");
    assertEquals(200, list.statusCode());
    assertEquals("[\"a b\",\"\"]", list.body());
    assertEquals("application/json", list.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        list.headers().firstValue("X-Openstack-Request-Id").orElseThrow().startsWith("req-"));

    HttpResponse<String> created = send(server, "POST", "/v2/servers", "\"vm-1\"");
    assertEquals(202, created.statusCode());
    assertEquals("\"vm-1\"", created.body());
    assertEquals("/x", created.headers().firstValue("Location").orElseThrow());

    assertEquals("42", get(server, "/v2/servers/42").body());
    HttpResponse<String> deleted = send(server, "DELETE", "/v2/servers/42", "");
    assertEquals(204, deleted.statusCode());
    assertEquals("", deleted.body());
  }

  @Test
  void keystoneHeadersMakeTheRequestContext() throws Exception {
    WebServer server = start(1);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri(server, "/v2/servers"))
                .header("X-User-Id", "alice")
                .header("X-Openstack-Request-Id", "req-1234-abcd")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals("[\"any\",\"alice\"]", response.body());
    assertEquals(
        "req-1234-abcd", response.headers().firstValue("X-Openstack-Request-Id").orElseThrow());
    HttpResponse<String> forged =
        http.send(
            HttpRequest.newBuilder(uri(server, "/v2/servers"))
                .header("X-Openstack-Request-Id", "req-1\tforged")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String id = forged.headers().firstValue("X-Openstack-Request-Id").orElseThrow();
    assertTrue(id.startsWith("req-") && !id.contains("forged"), id);
  }

  @Test
  void errorsHaveNovasFaultShape() throws Exception {
    WebServer server = start(2);
    HttpResponse<String> missing = get(server, "/v2/servers/404");
    assertEquals(404, missing.statusCode());
    assertEquals(
        "{\"itemNotFound\":{\"code\":404,\"message\":\"server 404 could not be found\"}}",
        missing.body());
    HttpResponse<String> unknown = get(server, "/v3/nothing");
    assertEquals(404, unknown.statusCode());
    assertEquals(
        "{\"itemNotFound\":{\"code\":404,\"message\":\"no route for /v3/nothing\"}}",
        unknown.body());

    HttpResponse<String> wrongMethod = send(server, "PUT", "/v2/servers", "");
    assertEquals(405, wrongMethod.statusCode());
    assertEquals("GET, POST", wrongMethod.headers().firstValue("Allow").orElseThrow());
    assertEquals(
        "{\"badMethod\":{\"code\":405,\"message\":\"method PUT is not allowed here; allowed: GET,"
            + " POST\"}}",
        wrongMethod.body());

    HttpResponse<String> badParameter = get(server, "/v2/servers/abc");
    assertEquals(400, badParameter.statusCode());
    assertEquals(
        "{\"badRequest\":{\"code\":400,\"message\":\"invalid value for id: 'abc' is not an"
            + " integer\"}}",
        badParameter.body());

    HttpResponse<String> badBody = send(server, "POST", "/v2/servers", "{\"name\": ");
    assertEquals(400, badBody.statusCode());
    assertTrue(
        badBody
            .body()
            .startsWith(
                "{\"badRequest\":{\"code\":400,\"message\":\"the request body (server) is not"
                    + " valid:"),
        badBody.body());
    HttpResponse<String> noBody = send(server, "POST", "/v2/servers", "");
    assertEquals(
        "{\"badRequest\":{\"code\":400,\"message\":\"the request body (server) is missing\"}}",
        noBody.body());
  }

  @Test
  void anUnexpectedErrorIs500WithTheRequestIdAndNoDetailsAndIsLoggedWithIt() throws Exception {
    WebServer server = start(1);
    try (LogRecorder log = LogRecorder.of(WebServer.class)) {
      HttpResponse<String> response = get(server, "/boom");
      assertEquals(500, response.statusCode());
      String id = response.headers().firstValue("X-Openstack-Request-Id").orElseThrow();
      assertEquals(
          "{\"computeFault\":{\"code\":500,\"message\":\"Unexpected API Error; its request id is "
              + id
              + " (see the API log)\"}}",
          response.body());
      assertEquals(List.of("GET /boom failed [" + id + "]"), log.messages(Level.SEVERE));
    }
  }

  @Test
  void everyRequestIsLoggedInOneLineAsNovasWsgiDid() throws Exception {
    WebServer server = start(1);
    try (LogRecorder log = LogRecorder.of(AccessLog.class)) {
      HttpResponse<String> response = get(server, "/v2/servers/7");
      String id = response.headers().firstValue("X-Openstack-Request-Id").orElseThrow();
      log.await(Level.INFO, 1); // written after the response is sent
      String line = log.messages(Level.INFO).get(0);
      assertTrue(
          line.matches(
              "127\\.0\\.0\\.1 \"GET /v2/servers/7 HTTP/1\\.1\" status: 200 len: 1 time:"
                  + " \\d+\\.\\d{7} \\["
                  + id
                  + "\\]"),
          line);
    }
  }

  @Test
  void healthcheckAnswers200() throws Exception {
    WebServer server = start(1);
    HttpResponse<String> response = get(server, "/healthcheck");
    assertEquals(200, response.statusCode());
    assertEquals("OK", response.body());
  }

  @Test
  void aBodyOverTheLimitIs413WithoutBeingRead() throws Exception {
    WebServer server = start(1, "--max_request_body_size=100");
    HttpResponse<String> declared =
        send(server, "POST", "/v2/servers", "\"" + "x".repeat(200) + "\"");
    assertEquals(413, declared.statusCode());
    assertEquals(
        "{\"overLimit\":{\"code\":413,\"message\":\"the request body is larger than 100 bytes"
            + " (--max_request_body_size)\"}}",
        declared.body());
    // Declared 10 MB, sending none of it: answered at once, not after reading 10 MB.
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v2/servers HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertEquals("HTTP/1.1 413", head);
    }
    HttpResponse<String> chunked =
        http.send(
            HttpRequest.newBuilder(uri(server, "/v2/servers"))
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(new byte[5000])))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(413, chunked.statusCode());
  }

  @Test
  void aSlowClientIsDisconnectedAndCannotHoldTheOnlyWorker() throws Exception {
    WebServer server = start(1);
    try (Socket slow = new Socket("127.0.0.1", server.port())) {
      slow.getOutputStream()
          .write("GET /v2/servers HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
      slow.getOutputStream().flush();
      slow.setSoTimeout(30_000);
      InputStream in = slow.getInputStream();
      assertEquals(-1, in.read(), "the server closes a request it did not get in time");
    }
    assertEquals(200, get(server, "/v2/servers/1").statusCode());
  }

  @Test
  void pastTheQueueRequestsAre503AtOnce() throws Exception {
    WebServer server = start(1, "--max_pending_requests=0");
    CompletableFuture<HttpResponse<String>> blocked =
        http.sendAsync(
            HttpRequest.newBuilder(uri(server, "/block")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(entered.await(30, TimeUnit.SECONDS));
    HttpResponse<String> busy = get(server, "/v2/servers/1");
    assertEquals(503, busy.statusCode());
    assertEquals(
        "{\"serviceUnavailable\":{\"code\":503,\"message\":\"the server is busy; try again"
            + " later\"}}",
        busy.body());
    release.countDown();
    assertEquals("\"finished\"", blocked.get(30, TimeUnit.SECONDS).body());
  }

  @Test
  void stopLetsTheRequestInProgressFinishAnswersNewOnes503AndThenClosesThePort() throws Exception {
    WebServer server = start(2);
    CompletableFuture<HttpResponse<String>> inFlight =
        http.sendAsync(
            HttpRequest.newBuilder(uri(server, "/block")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(entered.await(30, TimeUnit.SECONDS));
    CompletableFuture<Boolean> stopping = new CompletableFuture<>();
    Thread stopper =
        new Thread(
            () -> {
              try {
                stopping.complete(server.stop(Duration.ofSeconds(60)));
              } catch (InterruptedException e) {
                stopping.completeExceptionally(e);
              }
            });
    stopper.start();
    HttpResponse<String> refused = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (refused == null || refused.statusCode() != 503) {
      assertTrue(System.nanoTime() < deadline, "no 503 while stopping");
      refused = get(server, "/v2/servers/1");
    }
    assertEquals(
        "{\"serviceUnavailable\":{\"code\":503,\"message\":\"the server is stopping; try"
            + " another\"}}",
        refused.body());
    assertFalse(stopping.isDone());
    release.countDown();
    assertEquals(200, inFlight.get(30, TimeUnit.SECONDS).statusCode());
    assertTrue(stopping.get(30, TimeUnit.SECONDS), "every request finished in time");
    ExecutionException closed =
        assertThrows(
            ExecutionException.class,
            () ->
                http.sendAsync(
                        HttpRequest.newBuilder(uri(server, "/healthcheck")).build(),
                        HttpResponse.BodyHandlers.ofString())
                    .get(30, TimeUnit.SECONDS));
    assertTrue(closed.getCause() instanceof IOException, closed.toString());
  }

  @Test
  void stopGivesUpOnARequestThatOutlastsTheGrace() throws Exception {
    WebServer server = start(1);
    http.sendAsync(
        HttpRequest.newBuilder(uri(server, "/block")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(entered.await(30, TimeUnit.SECONDS));
    assertFalse(server.stop(Duration.ofMillis(200)));
  }
}
