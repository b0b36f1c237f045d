package io.github.flagstaff.rabbit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.Transports;
import io.github.flagstaff.runtime.service.Service;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A service whose queues the broker will not declare (here the control exchange exists with another
 * type, a 406) logs the broker's reason, does not claim to serve, retries with back-off, and serves
 * once the broker accepts the declarations.
 */
class DeclarationFailureTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void aServiceWhoseDeclarationFailsRetriesAndServesOnlyOnceItConsumes() throws Exception {
    try (Broker broker = Broker.vhost("declare");
        LogCapture log = LogCapture.start()) {
      broker.admin(channel -> channel.exchangeDeclare("nova", "fanout"));
      var flags =
          FlagParser.of(FlagRegistry.load())
              .parse(
                  List.of(
                      "--transport_url=" + broker.url(),
                      "--rpc_response_timeout=5s",
                      "--sql_connection=memory:",
                      "--host=x"))
              .values();
      Service service = Service.builder(NovaRabbitTestMain.SERVICE, flags).build();
      try {
        service.start();
        Broker.await(WAIT, "the declaration failure", () -> log.count("cannot declare") > 0);
        assertTrue(
            log.count(
                    "cannot declare the queues of rabbit_test on x at "
                        + broker.where()
                        + " (PRECONDITION_FAILED - inequivalent arg 'type' for exchange 'nova'")
                == 1,
            log.all());
        assertEquals(0, log.count("is serving"), log.all());

        broker.admin(channel -> channel.exchangeDelete("nova"));
        Broker.await(
            WAIT,
            "the service to serve, its queues declared again",
            () ->
                log.count("is serving") == 1
                    && log.count("rabbit_test on x: queues declared again") == 1);
        try (Transport transport = Transports.open(broker.url(), flags)) {
          RabbitTestClient client =
              RabbitTestClient.of(new RpcClient(transport, Duration.ofSeconds(5)));
          assertEquals("hello bob from x", client.call(RequestContext.of("t", "t")).hello("bob"));
        }
      } finally {
        service.stop();
      }
    }
  }
}
