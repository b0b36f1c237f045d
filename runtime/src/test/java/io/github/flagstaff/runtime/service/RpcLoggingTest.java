package io.github.flagstaff.runtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.runtime.CommonFlags;
import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.rpc.CalcClient;
import io.github.flagstaff.runtime.rpc.NovaCalcMain;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.RpcFlags;
import io.github.flagstaff.runtime.rpc.RpcServer;
import io.github.flagstaff.runtime.rpc.Target;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.Transports;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a service logs about the messages it receives, in its own log format: text from a message
 * cannot forge a line, and a flood of failures logs a stack trace once and then counts.
 */
class RpcLoggingTest {
  private static final FlagParser PARSER =
      FlagParser.of(
          FlagRegistry.of(
              CommonFlags.class,
              ServiceFlags.class,
              RpcFlags.class,
              StoreFlags.class,
              NovaCalcMain.class));
  private static final String FORGED = "\n2030-01-01 00:00:00.000 SEVERE nova: forged";
  private static final Pattern COUNT = Pattern.compile(": (\\d+) more like this since ");

  private final String url = "memory://" + UUID.randomUUID();
  private final Logger serverLog = Logger.getLogger(RpcServer.class.getName());
  private final LinkedBlockingQueue<LogRecord> records = new LinkedBlockingQueue<>();
  private final Handler recorder =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final List<Service> services = new ArrayList<>();
  private Transport transport;

  @BeforeEach
  void startTwoHosts() throws Exception {
    serverLog.addHandler(recorder);
    for (String host : List.of("a", "b")) {
      Service service =
          Service.builder(
                  NovaCalcMain.SERVICE,
                  PARSER
                      .parse("--host=" + host, "--transport_url=" + url, "--sql_connection=memory:")
                      .values())
              .build();
      service.start();
      services.add(service);
    }
    transport = Transports.open(url, null);
  }

  @AfterEach
  void stop() throws Exception {
    for (Service service : services) {
      service.stop();
    }
    serverLog.removeHandler(recorder);
  }

  private static List<String> lines(LogRecord record) {
    return new OneLineFormatter().format(record).lines().toList();
  }

  private LogRecord next() throws InterruptedException {
    LogRecord record = records.poll(10, TimeUnit.SECONDS);
    assertTrue(record != null, "nothing was logged");
    return record;
  }

  @Test
  void aMethodNameWithNewlinesIsLoggedOnOneLine() throws Exception {
    String message = "{\"method\": \"nope" + FORGED.replace("\n", "\\n") + "\", \"args\": {}}";
    transport.send(Target.topic("calc"), message.getBytes(StandardCharsets.UTF_8), null);
    List<String> lines = lines(next());
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(
        lines.get(0).contains("calc.nope\\n2030-01-01 00:00:00.000 SEVERE nova: forged"),
        lines.get(0));
  }

  @Test
  void aRequestIdWithNewlinesIsLoggedOnTheFailuresFirstLine() throws Exception {
    RequestContext context = new RequestContext("req" + FORGED, "alice", "demo");
    CalcClient.of(new RpcClient(transport, Duration.ofSeconds(10)))
        .cast(context)
        .fail("oops" + FORGED);
    List<String> lines = lines(next());
    assertTrue(
        lines
            .get(0)
            .endsWith("calc.fail failed (req\\n2030-01-01 00:00:00.000 SEVERE nova: forged)"),
        lines.get(0));
    assertTrue(lines.get(1).startsWith("java.lang.IllegalStateException: oops\\n2030"));
    for (String line : lines.subList(2, lines.size())) {
      assertTrue(line.startsWith("\tat ") || line.startsWith("Caused by: "), line);
    }
  }

  @Test
  void fiftyThousandFailingCastsLogOneStackTraceAHostAndThenCounts() throws Exception {
    CalcClient calc = CalcClient.of(new RpcClient(transport, Duration.ofSeconds(10)));
    RequestContext context = new RequestContext("req-1", "alice", "demo");
    for (int i = 0; i < 50_000; i++) {
      calc.cast(context).fail("disk full");
    }
    for (Service service : services) {
      service.stop();
    }
    List<LogRecord> logged = new ArrayList<>(records);
    long traces = logged.stream().filter(record -> record.getThrown() != null).count();
    long counted = 0;
    long characters = 0;
    for (LogRecord record : logged) {
      String text = new OneLineFormatter().format(record);
      characters += text.length();
      Matcher matcher = COUNT.matcher(text);
      if (matcher.find()) {
        counted += Long.parseLong(matcher.group(1));
        assertTrue(text.contains("calc.fail failed (req-1)"), text);
      }
    }
    assertEquals(2, traces, logged.size() + " records");
    assertEquals(50_000, traces + counted);
    assertTrue(logged.size() <= 6, logged.size() + " records");
    assertTrue(characters < 20_000, characters + " characters logged");
  }
}
