package io.github.flagstaff.runtime.web;

import io.github.flagstaff.runtime.UntrustedText;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.service.Manager;
import io.github.flagstaff.runtime.service.ServiceContext;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The manager of a web binary, as Nova's {@code WSGIService}s in one {@code nova-api}: {@link
 * #initHost()} starts a {@link WebServer} for each API of {@code --enabled_apis} (every API of the
 * binary when empty) on {@code --<name>_listen}:{@code --<name>_listen_port} with {@code
 * --<name>_workers} threads; {@link #stopServing} stops them, letting requests in progress finish.
 */
public final class WebManager extends Manager {
  private final List<WebApiFactory> apis;
  private final FlagValues values;
  private final ServiceContext context;
  private final List<WebServer> servers = new ArrayList<>();

  WebManager(List<WebApiFactory> apis, FlagValues values, ServiceContext context) {
    this.apis = apis;
    this.values = values;
    this.context = context;
  }

  @Override
  public void initHost() throws IOException, InterruptedException {
    WebFlags limits = values.get(WebFlags.class);
    List<WebApiFactory> enabled = enabledApis(limits);
    for (WebApiFactory api : enabled) {
      String name = api.api();
      String listen = (String) values.get(name + "_listen", null);
      int port = (Integer) values.get(name + "_listen_port", null);
      int workers = (Integer) values.get(name + "_workers", null);
      try {
        servers.add(WebServer.start(api.create(values, context), listen, port, workers, limits));
      } catch (IOException | RuntimeException e) {
        stopServing(Duration.ofSeconds(1));
        throw e;
      }
    }
  }

  private List<WebApiFactory> enabledApis(WebFlags flags) {
    List<String> names = flags.enabledApis();
    if (names.isEmpty()) {
      return apis;
    }
    List<WebApiFactory> enabled = new ArrayList<>();
    for (String name : names) {
      enabled.add(api(name));
    }
    return enabled;
  }

  private WebApiFactory api(String name) {
    List<String> known = new ArrayList<>();
    for (WebApiFactory api : apis) {
      if (api.api().equals(name)) {
        return api;
      }
      known.add(api.api());
    }
    throw new IllegalArgumentException(
        "--enabled_apis names '"
            + UntrustedText.clip(name, 64)
            + "', which "
            + context.binary()
            + " does not serve; it serves: "
            + String.join(", ", known));
  }

  /** The servers running, one per enabled API, in the order of {@code --enabled_apis}. */
  public synchronized List<WebServer> servers() {
    return List.copyOf(servers);
  }

  @Override
  public synchronized boolean stopServing(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean finished = true;
    for (WebServer server : servers) {
      Duration left =
          timeout.isZero()
              ? Duration.ZERO
              : Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
      finished &= server.stop(left);
    }
    servers.clear();
    return finished;
  }
}
