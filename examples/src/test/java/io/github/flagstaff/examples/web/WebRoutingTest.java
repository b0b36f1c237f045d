package io.github.flagstaff.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.service.Service;
import io.github.flagstaff.runtime.service.ServiceStartException;
import io.github.flagstaff.runtime.web.WebManager;
import io.github.flagstaff.runtime.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated routers of {@link ShelfApi} and {@link PingApi}, served by their generated {@code
 * test-shelf} service on free loopback ports, over real HTTP.
 */
class WebRoutingTest {
  private static final String NOVEL =
      "{\"id\":1,\"title\":\"Dune\",\"genre\":\"NOVEL\",\"tags\":[\"sf\",\"classic\"]}";
  private static final String POEMS =
      "{\"id\":2,\"title\":\"Odes\",\"genre\":\"POETRY\",\"tags\":[\"classic\"]}";

  private final HttpClient http = HttpClient.newHttpClient();
  private Service service;
  private int shelf;
  private int ping;

  @BeforeEach
  void startTheService() throws Exception {
    ShelfApi.entered = new CountDownLatch(1);
    ShelfApi.release = new CountDownLatch(0);
    service = start("--shelf_title=Tests' shelf");
    shelf = port(service, "shelf");
    ping = port(service, "ping");
  }

  private static int port(Service service, String api) {
    for (WebServer server : ((WebManager) service.manager()).servers()) {
      if (server.api().equals(api)) {
        return server.port();
      }
    }
    throw new AssertionError(api + " is not served");
  }

  @AfterEach
  void stopTheService() throws InterruptedException {
    ShelfApi.release.countDown();
    service.stop();
  }

  private static Service start(String... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--host=web-test",
                "--sql_connection=memory:",
                "--transport_url=memory://",
                "--shelf_listen=127.0.0.1",
                "--shelf_listen_port=0",
                "--ping_listen=127.0.0.1",
                "--ping_listen_port=0",
                "--graceful_shutdown_timeout=5s"));
    args.addAll(List.of(more));
    Service service =
        Service.builder(
                TestShelfMain.SERVICE, FlagParser.of(FlagRegistry.load()).parse(args).values())
            .build();
    service.start();
    return service;
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return send(shelf, method, path, body);
  }

  private HttpResponse<String> send(int port, String method, String path, String body)
      throws Exception {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, publisher)
            .header("X-User-Id", "alice")
            .header("X-Project-Id", "books")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send("GET", path, null);
  }

  private static void assertFault(
      HttpResponse<String> response, int status, String fault, String message) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "{\"" + fault + "\":{\"code\":" + status + ",\"message\":\"" + message + "\"}}",
        response.body());
  }

  @Test
  void bodiesGoInAndComeOutAsJsonWithTheStatusesTheMethodsChose() throws Exception {
    HttpResponse<String> created = send("POST", "/books", NOVEL);
    assertEquals(201, created.statusCode());
    assertEquals(NOVEL, created.body());
    assertEquals("/books/1", created.headers().firstValue("Location").orElseThrow());
    assertEquals("application/json", created.headers().firstValue("Content-Type").orElseThrow());

    assertEquals(NOVEL, get("/books/1").body());
    assertEquals("1", get("/books/count").body());
    HttpResponse<String> replaced =
        send(
            "PUT",
            "/books/1",
            NOVEL.replace("Dune", "Dune Messiah").replace("\"id\":1", "\"id\":9"));
    assertEquals(200, replaced.statusCode());
    assertEquals(NOVEL.replace("Dune", "Dune Messiah"), replaced.body());

    HttpResponse<String> deleted = send("DELETE", "/books/1", null);
    assertEquals(204, deleted.statusCode());
    assertEquals("", deleted.body());
    assertFault(get("/books/1"), 404, "itemNotFound", "book 1 could not be found");
  }

  @Test
  void queryParametersOptionalRepeatedAndNamedOtherwise() throws Exception {
    send("POST", "/books", NOVEL);
    send("POST", "/books", POEMS);
    assertEquals("[" + NOVEL + "," + POEMS + "]", get("/books").body());
    assertEquals("[" + NOVEL + "]", get("/books?limit=1").body());
    assertEquals("[" + NOVEL + "]", get("/books?tag=sf&tag=classic").body());
    assertEquals("[" + POEMS + "]", get("/books?of-genre=poetry").body());
    assertEquals("[" + POEMS + "]", get("/genres/POETRY").body());
    assertEquals("\"Dune p.7 (large print)\"", get("/books/1/pages/7?large=true").body());
    assertEquals("\"Dune p.7\"", get("/books/1/pages/7?large=false").body());
  }

  @Test
  void pathVariablesOfEachType() throws Exception {
    String ticket = "123e4567-e89b-42d3-a456-426614174000";
    assertEquals("\"" + ticket + " for alice in books\"", get("/tickets/" + ticket).body());
    assertFault(
        get("/tickets/nope"), 400, "badRequest", "invalid value for ticket: 'nope' is not a UUID");
    assertFault(
        get("/books/one"), 400, "badRequest", "invalid value for id: 'one' is not an integer");
    assertFault(
        get("/books/1/pages/x?large=true"),
        400,
        "badRequest",
        "invalid value for page: 'x' is not an integer");
    assertFault(
        get("/genres/drama"),
        400,
        "badRequest",
        "invalid value for genre: 'drama' is not one of novel, poetry");
  }

  @Test
  void badQueryParametersAreA400NamingThem() throws Exception {
    send("POST", "/books", NOVEL);
    assertFault(
        get("/books?limit=ten"),
        400,
        "badRequest",
        "invalid value for limit: 'ten' is not an integer");
    assertFault(
        get("/books?of-genre=epic"),
        400,
        "badRequest",
        "invalid value for of-genre: 'epic' is not one of novel, poetry");
    assertFault(get("/books/1/pages/2"), 400, "badRequest", "query parameter large is required");
    assertFault(
        get("/books/1/pages/2?large=maybe"),
        400,
        "badRequest",
        "invalid value for large: 'maybe' is not true or false");
  }

  @Test
  void badBodiesAreA400NamingTheBody() throws Exception {
    assertFault(
        send("POST", "/books", null), 400, "badRequest", "the request body (book) is missing");
    HttpResponse<String> malformed = send("POST", "/books", "{\"id\":");
    assertEquals(400, malformed.statusCode());
    assertTrue(malformed.body().contains("the request body (book) is not valid"), malformed.body());
    HttpResponse<String> wrongType = send("POST", "/books", "{\"id\":\"x\"}");
    assertEquals(400, wrongType.statusCode());
    assertTrue(wrongType.body().contains("the request body (book) is not valid"), wrongType.body());
  }

  @Test
  void unknownPathsAre404AndWrongMethods405WithAllow() throws Exception {
    assertFault(get("/shelves"), 404, "itemNotFound", "no resource at /shelves");
    assertFault(
        get("/books/1/chapters/2"), 404, "itemNotFound", "no resource at /books/1/chapters/2");
    HttpResponse<String> patch = send("PATCH", "/books/1", "{}");
    assertEquals(405, patch.statusCode());
    assertEquals("DELETE, GET, PUT", patch.headers().firstValue("Allow").orElseThrow());
    HttpResponse<String> post = send("POST", "/books/count", "{}");
    assertEquals(405, post.statusCode());
    assertEquals("GET", post.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void exceptionsMapToStatusesAndOthersTo500WithoutDetails() throws Exception {
    send("POST", "/books", NOVEL);
    assertFault(
        send("POST", "/books", NOVEL), 409, "conflictingRequest", "book 1 is on the shelf already");
    HttpResponse<String> boom = get("/boom");
    assertEquals(500, boom.statusCode());
    assertTrue(boom.body().startsWith("{\"computeFault\":{\"code\":500,"), boom.body());
    assertFalse(boom.body().contains("hunter2"), boom.body());
    assertFalse(boom.body().contains("IllegalStateException"), boom.body());
  }

  @Test
  void pagesContextAndConstructorInjection() throws Exception {
    HttpResponse<String> home = get("/");
    assertEquals("<h1>Tests' shelf</h1>", home.body());
    assertEquals(
        "text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
    HttpResponse<String> whoami =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + shelf + "/whoami"))
                .header("X-User-Id", "bob")
                .header("X-Openstack-Request-Id", "req-42")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals("\"bob@web-test [req-42]\"", whoami.body());
  }

  @Test
  void oneProcessServesEachApiOnItsOwnPort() throws Exception {
    assertEquals("\"pong\"", send(ping, "GET", "/ping", null).body());
    assertEquals(404, send(ping, "GET", "/books", null).statusCode());
    assertEquals(404, get("/ping").statusCode());
    assertEquals(200, send(ping, "GET", "/healthcheck", null).statusCode());
  }

  @Test
  void enabledApisPicksWhatIsServed() throws Exception {
    Service only = start("--enabled_apis=ping", "--host=only-ping");
    try {
      List<WebServer> servers = ((WebManager) only.manager()).servers();
      assertEquals(1, servers.size());
      assertEquals("ping", servers.get(0).api());
    } finally {
      only.stop();
    }
  }

  @Test
  void enabledApisNamingAnApiTheBinaryDoesNotServeStopsTheStart() {
    ServiceStartException e =
        assertThrows(ServiceStartException.class, () -> start("--enabled_apis=shelf,nope"));
    assertTrue(
        e.getMessage()
            .contains(
                "--enabled_apis names 'nope', which test-shelf does not serve; it serves:" + " "),
        e.getMessage());
  }

  @Test
  void aTakenPortStopsTheStartNamingIt() throws Exception {
    ServiceStartException e =
        assertThrows(
            ServiceStartException.class,
            () -> start("--host=second", "--shelf_listen_port=" + shelf));
    assertTrue(
        e.getMessage().contains("shelf: cannot listen on 127.0.0.1:" + shelf), e.getMessage());
    assertEquals("\"pong\"", send(ping, "GET", "/ping", null).body());
  }

  @Test
  void stoppingLetsTheRequestInProgressFinishAndClosesThePorts() throws Exception {
    ShelfApi.release = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> slow =
        http.sendAsync(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + shelf + "/slow")).build(),
            HttpResponse.BodyHandlers.ofString());
    if (!ShelfApi.entered.await(30, TimeUnit.SECONDS)) {
      throw new AssertionError("GET /slow did not start: " + slow.getNow(null));
    }
    CompletableFuture<Boolean> stopped =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return service.stop();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    assertFalse(stopped.isDone());
    ShelfApi.release.countDown();
    assertEquals("\"done\"", slow.get().body());
    assertTrue(stopped.get());
    assertTrue(service.await(Duration.ZERO));
    assertThrows(Exception.class, () -> get("/books"));
  }
}
