package io.github.flagstaff.runtime.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.github.flagstaff.runtime.UntrustedText;
import io.github.flagstaff.runtime.rpc.RequestContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One API on the JDK's HTTP server, as Nova's {@code WSGIService}: requests run on {@code workers}
 * threads, at most {@code --max_pending_requests} wait for one and the rest are answered 503;
 * bodies over {@code --max_request_body_size} are answered 413 unread; every request is logged in
 * one line as Nova's wsgi logged it; {@code GET /healthcheck} answers 200 (oslo.middleware's path).
 */
public final class WebServer {
  private static final Logger LOG = System.getLogger(WebServer.class.getName());
  private static final String BUSY = "the server is busy; try again later";
  private static final String STOPPING = "the server is stopping; try another";

  private final WebRouter router;
  private final int maxBodySize;
  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final ThreadPoolExecutor overflow;
  private final Object idle = new Object();
  private int inFlight;
  private volatile boolean stopping;

  private WebServer(WebRouter router, HttpServer server, int workerCount, WebFlags limits) {
    this.router = router;
    this.maxBodySize = limits.maxRequestBodySize();
    this.server = server;
    int pending = limits.maxPendingRequests();
    BlockingQueue<Runnable> queue =
        pending == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(pending);
    this.workers =
        new ThreadPoolExecutor(
            workerCount,
            workerCount,
            0,
            TimeUnit.MILLISECONDS,
            queue,
            new Named(router.api() + "-worker-", false));
    this.overflow =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1024),
            new Named(router.api() + "-busy-", true));
    server.setExecutor(new Admission());
    server.createContext("/", new Handler());
  }

  /**
   * Binds {@code listen:port} (port 0: any free port) and starts serving {@code router}'s API.
   *
   * @throws IOException if the address cannot be bound; the message names it
   */
  public static WebServer start(
      WebRouter router, String listen, int port, int workers, WebFlags limits) throws IOException {
    ServerLimits.apply(limits);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(listen, port), 0);
    } catch (IOException e) {
      throw new IOException(
          router.api() + ": cannot listen on " + listen + ":" + port + ": " + e.getMessage(), e);
    }
    WebServer web = new WebServer(router, server, workers, limits);
    server.start();
    LOG.log(
        Level.INFO, "{0} listening on {1}:{2}", router.api(), listen, Integer.toString(web.port()));
    return web;
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The API's name. */
  public String api() {
    return router.api();
  }

  /**
   * Stops: new requests are answered 503 while the requests in progress finish, for at most {@code
   * grace} (zero: however long they take); then the port is closed. (The JDK's own {@code
   * stop(delay)} waits the whole delay even when nothing is in progress.)
   *
   * @return whether every request in progress finished in time
   */
  public boolean stop(Duration grace) throws InterruptedException {
    stopping = true;
    boolean finished;
    synchronized (idle) {
      long deadline = System.nanoTime() + grace.toNanos();
      while (inFlight > 0 && (grace.isZero() || System.nanoTime() < deadline)) {
        long left = deadline - System.nanoTime();
        idle.wait(grace.isZero() ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
      finished = inFlight == 0;
    }
    server.stop(0);
    workers.shutdown();
    overflow.shutdown();
    return finished;
  }

  private void entered() {
    synchronized (idle) {
      inFlight++;
    }
  }

  private void left() {
    synchronized (idle) {
      inFlight--;
      idle.notifyAll();
    }
  }

  /** Hands requests to a worker, or, past the bounded queue, to the thread that answers 503. */
  private final class Admission implements Executor {
    @Override
    public void execute(Runnable exchange) {
      try {
        workers.execute(exchange);
      } catch (RejectedExecutionException full) {
        overflow.execute(exchange);
      }
    }
  }

  /** Threads with a name prefix; {@code busy} threads answer 503 to whatever they are given. */
  private static final class Named implements ThreadFactory {
    private final String prefix;
    private final boolean busy;
    private final AtomicInteger count = new AtomicInteger();

    Named(String prefix, boolean busy) {
      this.prefix = prefix;
      this.busy = busy;
    }

    @Override
    public Thread newThread(Runnable runnable) {
      String name = prefix + count.incrementAndGet();
      Thread thread = busy ? new BusyThread(runnable, name) : new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    }
  }

  /** A thread whose requests are answered 503 at once. */
  private static final class BusyThread extends Thread {
    BusyThread(Runnable runnable, String name) {
      super(runnable, name);
    }
  }

  private final class Handler implements HttpHandler {
    @Override
    public void handle(HttpExchange exchange) throws IOException {
      entered();
      try {
        handleCounted(exchange);
      } finally {
        left();
      }
    }

    private void handleCounted(HttpExchange exchange) throws IOException {
      long started = System.nanoTime();
      RequestContext context = context(exchange.getRequestHeaders());
      WebReply reply;
      try {
        reply = answer(exchange, context);
      } catch (WebException e) {
        List<String> headers =
            e instanceof WebException.MethodNotAllowed
                ? List.of("Allow", ((WebException.MethodNotAllowed) e).allow())
                : List.of();
        reply = WebReply.fault(e.status(), e.getMessage(), headers);
      } catch (Exception e) {
        LOG.log(
            Level.ERROR,
            UntrustedText.escape(exchange.getRequestMethod() + " " + exchange.getRequestURI())
                + " failed ["
                + context.requestId()
                + "]",
            e);
        reply =
            WebReply.fault(
                500,
                "Unexpected API Error; its request id is "
                    + context.requestId()
                    + " (see the API log)",
                List.of());
      }
      int length = send(exchange, reply, context);
      AccessLog.log(exchange, reply.status(), length, System.nanoTime() - started, context);
    }

    private WebReply answer(HttpExchange exchange, RequestContext context) throws Exception {
      if (Thread.currentThread() instanceof BusyThread) {
        return WebReply.fault(503, BUSY, List.of("Retry-After", "1", "Connection", "close"));
      }
      if (stopping) {
        return WebReply.fault(503, STOPPING, List.of("Connection", "close"));
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      if (path.equals("/healthcheck") && (method.equals("GET") || method.equals("HEAD"))) {
        return WebReply.text(200, "OK");
      }
      byte[] body = readBody(exchange);
      WebRequest request =
          new WebRequest(
              method,
              path,
              Paths.segments(path),
              Paths.query(exchange.getRequestURI().getRawQuery()),
              body,
              context);
      return router.route(request);
    }

    /** The body; 413 if it is larger than allowed, unread when its length was declared. */
    private byte[] readBody(HttpExchange exchange) throws IOException {
      String declared = exchange.getRequestHeaders().getFirst("Content-Length");
      if (declared != null) {
        long length;
        try {
          length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
          throw new WebException.BadRequest("Content-Length is not a number");
        }
        if (length > maxBodySize) {
          throw tooLarge();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try (InputStream in = exchange.getRequestBody()) {
        int read;
        while ((read = in.read(buffer)) >= 0) {
          if (out.size() + read > maxBodySize) {
            throw tooLarge();
          }
          out.write(buffer, 0, read);
        }
      }
      return out.toByteArray();
    }

    private WebException tooLarge() {
      return new WebException.TooLarge(
          "the request body is larger than " + maxBodySize + " bytes (--max_request_body_size)");
    }
  }

  private static RequestContext context(Headers headers) {
    String id = headers.getFirst("X-Openstack-Request-Id");
    if (id == null || !isSafeRequestId(id)) {
      id = "req-" + UUID.randomUUID();
    }
    String user = headers.getFirst("X-User-Id");
    String project = headers.getFirst("X-Project-Id");
    return new RequestContext(id, user == null ? "" : user, project == null ? "" : project);
  }

  /** A request id a client may choose: {@code req-} and up to 64 letters, digits and dashes. */
  private static boolean isSafeRequestId(String id) {
    if (!id.startsWith("req-") || id.length() > 68) {
      return false;
    }
    for (int i = 4; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 128) && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static int send(HttpExchange exchange, WebReply reply, RequestContext context)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("X-Openstack-Request-Id", context.requestId());
    if (reply.contentType() != null) {
      headers.set("Content-Type", reply.contentType());
    }
    List<String> extra = reply.headers();
    for (int i = 0; i + 1 < extra.size(); i += 2) {
      headers.add(extra.get(i), extra.get(i + 1));
    }
    byte[] body = reply.body();
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(reply.status(), body.length == 0 || head ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (!head) {
        out.write(body);
      }
    }
    return body.length;
  }
}
