package io.github.flagstaff.benchmarks.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.web.WebException;
import io.github.flagstaff.runtime.web.WebFlags;
import io.github.flagstaff.runtime.web.WebParams;
import io.github.flagstaff.runtime.web.WebReply;
import io.github.flagstaff.runtime.web.WebRequest;
import io.github.flagstaff.runtime.web.WebRouter;
import io.github.flagstaff.runtime.web.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves {@code GET /v2/ping/{id}} twice on loopback for wrk: through {@link PingApi}'s generated
 * router on {@link WebServer} (with its limits, access log and fault bodies), and through a
 * hand-written {@link HttpHandler} on the JDK's server doing the same work (parse the id, write the
 * same JSON with Jackson) and nothing else; and through a hand-written {@link WebRouter} on {@link
 * WebServer}, which isolates the generated router's cost. Prints the ports, then serves until
 * killed.
 *
 * <p>Usage: {@code WebBenchServer <workers>}.
 */
public final class WebBenchServer {
  private static final JsonFactory JSON = new JsonFactory();

  private WebBenchServer() {}

  public static void main(String[] args) throws Exception {
    int workers = Integer.parseInt(args[0]);
    WebFlags limits =
        FlagParser.of(FlagRegistry.of(WebFlags.class)).parse().values().get(WebFlags.class);
    WebServer generated =
        WebServer.start(new PingApiRouter(new PingApi()), "127.0.0.1", 0, workers, limits);
    WebServer handRouted = WebServer.start(new HandRouter(), "127.0.0.1", 0, workers, limits);
    HttpServer hand = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    hand.setExecutor(pool);
    hand.createContext("/", new Handwritten());
    hand.start();
    System.out.println("generated " + generated.port());
    System.out.println("hand-router " + handRouted.port());
    System.out.println("handwritten " + hand.getAddress().getPort());
    Thread.currentThread().join();
  }

  /** The router a person would write for the one route. */
  private static final class HandRouter implements WebRouter {
    @Override
    public String api() {
      return "bench_hand";
    }

    @Override
    public WebReply route(WebRequest request) {
      List<String> path = request.segments();
      if (path.size() == 3 && path.get(0).equals("v2") && path.get(1).equals("ping")) {
        if (!request.method().equals("GET")) {
          throw new WebException.MethodNotAllowed(request.method(), "GET");
        }
        return WebReply.ok(
            PingApi_PongJsonCodec.INSTANCE,
            new PingApi.Pong(WebParams.integer("id", path.get(2)), "ok"));
      }
      throw new WebException.NotFound("no resource at " + request.path());
    }
  }

  /** {@code /v2/ping/{id}} by hand: split the path, parse the id, write the JSON. */
  private static final class Handwritten implements HttpHandler {
    @Override
    public void handle(HttpExchange exchange) throws IOException {
      String[] parts = exchange.getRequestURI().getPath().split("/");
      int status = 404;
      byte[] body = new byte[0];
      if (parts.length == 4
          && parts[1].equals("v2")
          && parts[2].equals("ping")
          && exchange.getRequestMethod().equals("GET")) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
          json.writeStartObject();
          json.writeNumberField("id", Integer.parseInt(parts[3]));
          json.writeStringField("status", "ok");
          json.writeEndObject();
        }
        status = 200;
        body = out.toByteArray();
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
