package io.github.flagstaff.rabbit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.Transports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service as its own JVM: a small heap under a large backlog, its log, its start-up errors. */
class RabbitProcessTest {
  private static final String MAIN = "io.github.flagstaff.rabbit.NovaRabbitTestMain";
  private static Broker broker;

  @TempDir Path dir;

  @BeforeAll
  static void createVirtualHost() throws Exception {
    broker = Broker.vhost("process");
  }

  @AfterAll
  static void deleteVirtualHost() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  private ProcessBuilder service(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                MAIN,
                "--transport_url=" + broker.url(),
                "--sql_connection=memory:"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("service.log").toFile());
  }

  private String output() throws Exception {
    return Files.readString(dir.resolve("service.log"), StandardCharsets.UTF_8);
  }

  @Test
  void aSmallHeapSurvivesABacklogLargerThanItselfAndLogsNoSlf4jNotice() throws Exception {
    Process process =
        service("--host=p", "--rpc_thread_pool_size=2", "--rabbit_qos_prefetch_count=2").start();
    try {
      Broker.await(Duration.ofSeconds(60), "the service to serve", () -> logged("is serving"));
      Transport transport =
          Transports.open(
              broker.url(),
              FlagParser.of(FlagRegistry.load()).parse("--transport_url=" + broker.url()).values());
      try {
        RabbitTestClient client =
            RabbitTestClient.of(new RpcClient(transport, Duration.ofSeconds(30)));
        RequestContext context = RequestContext.of("tester", "process");
        client.onHost("p").cast(context).hang();
        client.onHost("p").cast(context).hang();
        String megabyte = "m".repeat(1 << 20);
        for (int i = 0; i < 100; i++) {
          client.onHost("p").cast(context).record(i + megabyte);
        }
      } finally {
        transport.close();
      }
      // 100 MB of casts for a 64 MB heap: the process holds the prefetch limit, the broker the
      // rest.
      Broker.await(
          Duration.ofSeconds(60),
          "the broker to hold the backlog",
          () -> {
            try {
              return broker.counts("rabbit_test.p").equals(new Broker.Counts(98, 2));
            } catch (Exception e) {
              throw new AssertionError(e);
            }
          });
      assertTrue(process.isAlive(), output());
      String log = output();
      assertFalse(log.contains("OutOfMemoryError"), log);
      assertFalse(log.contains("SLF4J"), log);
    } finally {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  private boolean logged(String text) {
    try {
      return output().contains(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aTlsFileItCannotUseEndsTheServiceWithAClearErrorAndNoStackTrace() throws Exception {
    Path missing = dir.resolve("missing-ca.pem");
    Process process = service("--host=q", "--ssl", "--ssl_ca_file=" + missing).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(1, process.exitValue());
    assertEquals("nova-rabbit_test: --ssl_ca_file " + missing + ": no such file\n", output());
  }
}
