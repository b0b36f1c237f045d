package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.rabbit.Broker;
import io.github.flagstaff.sql.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code nova-api}, {@code nova-scheduler} and two {@code nova-compute} as processes over RabbitMQ
 * (a vhost of their own) and one SQLite service store: a boot through the API lands on a compute
 * host, the servers are listed from the hosts, and a compute host killed with {@code kill -9} is
 * shown {@code down} in {@code /v2/os-services} and on the status page, in headless Chromium.
 */
class NovaApiEndToEndTest {
  private static final String API = "mymodule.api.NovaApiMain";
  private static final String COMPUTE = "mymodule.compute.NovaComputeMain";
  private static final String SCHEDULER = "mymodule.scheduler.NovaSchedulerMain";
  private static final Duration REPORT_INTERVAL = Duration.ofSeconds(1);

  /** Long enough that a heartbeat delayed by a loaded machine still counts as up. */
  private static final Duration DOWN_TIME = Duration.ofSeconds(10);

  @TempDir Path dir;
  private final List<ServiceProcess> processes = new ArrayList<>();
  private final String vhost = "flagstaff-api-" + UUID.randomUUID();
  private final HttpClient http = HttpClient.newHttpClient();
  private TestDatabase database;

  @BeforeEach
  void ownVhostAndStore() throws Exception {
    Broker.assumeRunning();
    rabbitmqctl("add_vhost", vhost);
    rabbitmqctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*");
    database = TestDatabase.of("sqlite", dir);
  }

  @AfterEach
  void cleanUp() throws Exception {
    processes.forEach(ServiceProcess::close);
    rabbitmqctl("delete_vhost", vhost);
    database.close();
  }

  private static void rabbitmqctl(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed: " + output);
    }
  }

  private ServiceProcess start(String main, String host, String... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--transport_url=rabbit://guest:guest@127.0.0.1:5672/" + vhost,
                "--sql_connection=" + database.url(),
                "--report_interval=" + REPORT_INTERVAL.toSeconds() + "s",
                "--service_down_time=" + DOWN_TIME.toSeconds() + "s",
                "--rpc_response_timeout=10s",
                "--host=" + host));
    args.addAll(List.of(more));
    ServiceProcess process =
        ServiceProcess.start(dir, List.of(), main, args.toArray(String[]::new));
    processes.add(process);
    return process;
  }

  private static void awaitRecord(ServiceProcess process) throws InterruptedException {
    process.awaitErr("is serving");
    process.awaitErr("is in the service store (record ");
  }

  /** Starts nova-api on a free loopback port; returns the port it logged. */
  private int startApi() throws Exception {
    ServiceProcess api =
        start(API, "api", "--osapi_compute_listen=127.0.0.1", "--osapi_compute_listen_port=0");
    String marker = "osapi_compute listening on 127.0.0.1:";
    api.awaitErr(marker);
    String err = api.err();
    int at = err.indexOf(marker) + marker.length();
    int end = at;
    while (end < err.length() && Character.isDigit(err.charAt(end))) {
      end++;
    }
    awaitRecord(api);
    return Integer.parseInt(err.substring(at, end));
  }

  private HttpResponse<String> send(int port, String method, String path, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("X-User-Id", "alice")
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bootThroughTheApiListTheServersAndSeeAKilledComputeHostDown() throws Exception {
    ServiceProcess a = start(COMPUTE, "a", "--compute_memory_mb=4096");
    ServiceProcess b = start(COMPUTE, "b", "--compute_memory_mb=8192");
    ServiceProcess scheduler = start(SCHEDULER, "s");
    awaitRecord(a);
    awaitRecord(b);
    awaitRecord(scheduler);
    int port = startApi();

    HttpResponse<String> boot =
        send(port, "POST", "/v2/servers", "{\"server\": {\"name\": \"vm-1\", \"memory_mb\": 512}}");
    assertEquals(202, boot.statusCode(), boot.body());
    assertTrue(boot.body().contains("\"name\":\"vm-1\",\"host\":\"b\""), boot.body());
    assertTrue(boot.body().contains("\"state\":\"RUNNING\""), boot.body());
    assertTrue(
        boot.headers().firstValue("Location").orElseThrow().startsWith("/v2/servers/"),
        boot.headers().toString());
    String id = boot.headers().firstValue("Location").orElseThrow().substring(12);
    assertTrue(boot.body().startsWith("{\"server\":{\"id\":\"" + id + "\""), boot.body());

    HttpResponse<String> servers = send(port, "GET", "/v2/servers", null);
    assertEquals(200, servers.statusCode());
    assertTrue(servers.body().contains("\"id\":\"" + id + "\",\"name\":\"vm-1\""), servers.body());
    assertEquals(200, send(port, "GET", "/v2/servers/" + id, null).statusCode());

    HttpResponse<String> services = send(port, "GET", "/v2/os-services", null);
    for (String host : List.of("a", "b")) {
      assertTrue(
          services
              .body()
              .matches(
                  ".*\"binary\":\"nova-compute\",\"host\":\""
                      + host
                      + "\",\"zone\":\"nova\",\"status\":\"enabled\",\"state\":\"up\".*"),
          services.body());
    }
    assertTrue(services.body().contains("\"binary\":\"nova-api\",\"host\":\"api\""));

    long killedAt = System.nanoTime();
    b.close(); // kill -9: no goodbye to the store
    assertEquals(137, b.awaitExit(Duration.ofSeconds(30)));
    long seenDownBy = killedAt + DOWN_TIME.plus(REPORT_INTERVAL).toNanos();
    // The property under test is a time limit: by then, and not before asking, it must show down.
    TimeUnit.NANOSECONDS.sleep(Math.max(0, seenDownBy - System.nanoTime()));
    String after = send(port, "GET", "/v2/os-services?binary=nova-compute", null).body();
    assertTrue(
        after.contains(
            "\"host\":\"b\",\"zone\":\"nova\",\"status\":\"enabled\",\"state\":\"down\""),
        after);
    assertTrue(
        after.contains("\"host\":\"a\",\"zone\":\"nova\",\"status\":\"enabled\",\"state\":\"up\""),
        after);
    assertTrue(!after.contains("nova-scheduler"), after);

    HttpResponse<String> second =
        send(port, "POST", "/v2/servers", "{\"server\": {\"name\": \"vm-2\", \"memory_mb\": 256}}");
    assertEquals(202, second.statusCode(), second.body());
    assertTrue(second.body().contains("\"host\":\"a\""), second.body());
    String page = send(port, "GET", "/", null).body();
    assertTrue(page.contains("<td class=\"host\">b</td><td class=\"state down\">down</td>"), page);
  }

  @Test
  void theStatusPageInABrowserShowsEachServiceAndItsStateAndRefreshesItself() throws Exception {
    ChromeDriver browser = Chromium.start(dir.resolve("chromium-profile"));
    try {
      ServiceProcess a = start(COMPUTE, "a");
      ServiceProcess b = start(COMPUTE, "b");
      awaitRecord(start(SCHEDULER, "s"));
      awaitRecord(a);
      awaitRecord(b);
      int port = startApi();
      long killedAt = System.nanoTime();
      b.close(); // kill -9
      assertEquals(137, b.awaitExit(Duration.ofSeconds(30)));
      long seenDownBy = killedAt + DOWN_TIME.plus(REPORT_INTERVAL).toNanos();
      TimeUnit.NANOSECONDS.sleep(Math.max(0, seenDownBy - System.nanoTime()));

      browser.get("http://127.0.0.1:" + port + "/?refresh=1");
      assertEquals(
          Map.of(
              "nova-api api", "up",
              "nova-compute a", "up",
              "nova-compute b", "down",
              "nova-scheduler s", "up"),
          rows(browser));

      awaitRecord(start(COMPUTE, "c"));
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(page -> "up".equals(rows(browser).get("nova-compute c")));
      assertEquals("down", rows(browser).get("nova-compute b"));
      Path shot = Path.of("target", "nova-api-status.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    } finally {
      browser.quit();
    }
  }

  /**
   * The status table as rendered: "binary host" to state, read in one script so that a refresh
   * swapping the table cannot come in between.
   */
  private static Map<String, String> rows(ChromeDriver browser) {
    List<?> cells =
        (List<?>)
            browser.executeScript(
                "return Array.from(document.querySelectorAll('#services tbody tr')).map(r =>"
                    + " [r.querySelector('.binary').innerText + ' ' +"
                    + " r.querySelector('.host').innerText,"
                    + " r.querySelector('.state').innerText]);");
    Map<String, String> rows = new TreeMap<>();
    for (Object row : cells) {
      List<?> pair = (List<?>) row;
      rows.put((String) pair.get(0), (String) pair.get(1));
    }
    return rows;
  }

  @Test
  void sigtermStopsTheApiGracefullyWithStatus0() throws Exception {
    int port = startApi();
    assertEquals(200, send(port, "GET", "/healthcheck", null).statusCode());
    ServiceProcess api = processes.get(0);
    api.signal("TERM");
    assertEquals(0, api.awaitExit(Duration.ofSeconds(30)), api.err());
  }

  @Test
  void aBootWithNoComputeHostUpIsA400SayingSo() throws Exception {
    awaitRecord(start(SCHEDULER, "s"));
    int port = startApi();
    HttpResponse<String> boot =
        send(port, "POST", "/v2/servers", "{\"server\": {\"name\": \"vm-1\", \"memory_mb\": 512}}");
    assertEquals(
        "{\"badRequest\":{\"code\":400,\"message\":\"No valid host was found. No compute service"
            + " is up and enabled.\"}}",
        boot.body());
    HttpResponse<String> noName =
        send(port, "POST", "/v2/servers", "{\"server\": {\"memory_mb\": 512}}");
    assertEquals(
        "{\"badRequest\":{\"code\":400,\"message\":\"server 'name' is required\"}}", noName.body());
  }
}
