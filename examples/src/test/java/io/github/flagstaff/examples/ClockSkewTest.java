package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.service.Service;
import io.github.flagstaff.runtime.service.ServiceRecord;
import io.github.flagstaff.sql.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import mymodule.compute.NovaComputeMain;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Liveness is the database's clock: a host whose clock is hours off is neither down nor up for it.
 */
class ClockSkewTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {-5, 7})
  void aServiceWhoseClockIsHoursOffIsUpByTheDatabasesClock(long hours) throws Exception {
    for (String kind : List.of("sqlite", "postgresql")) {
      try (TestDatabase database = TestDatabase.of(kind, dir)) {
        Service service =
            Service.builder(
                    NovaComputeMain.SERVICE,
                    FlagParser.of(FlagRegistry.load())
                        .parse(
                            "--host=skewed",
                            "--transport_url=memory://" + UUID.randomUUID(),
                            "--sql_connection=" + database.url(),
                            "--report_interval=1s",
                            "--service_down_time=60s")
                        .values())
                .clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(hours)))
                .build();
        service.start();
        try {
          assertTrue(service.awaitRegistered(Duration.ofSeconds(30)), kind);
          List<ServiceRecord> up = service.context().services("compute");
          assertEquals(List.of("skewed"), up.stream().map(ServiceRecord::host).toList(), kind);
          assertTrue(up.get(0).sinceLastSeen().compareTo(Duration.ofMinutes(1)) < 0, kind);
        } finally {
          service.stop();
        }
      }
    }
  }
}
