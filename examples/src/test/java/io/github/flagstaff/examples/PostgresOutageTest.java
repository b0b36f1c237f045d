package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.sql.PostgresCluster;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped while services run: each logs the loss once and the recovery once, keeps
 * running, and its heartbeats resume. The server is the test's own, not the machine's.
 */
class PostgresOutageTest {
  private static final String LOST = "model server went away";
  private static final String RECOVERED = "Recovered model server connection!";

  @TempDir Path dir;

  @Test
  void servicesRideOutAStoppedDatabase() throws Exception {
    try (PostgresCluster cluster = PostgresCluster.create()) {
      String[] common = {
        "--sql_connection=" + cluster.url(),
        "--report_interval=1s",
        "--transport_url=memory://" + UUID.randomUUID()
      };
      try (ServiceProcess compute = start("mymodule.compute.NovaComputeMain", "a", common);
          ServiceProcess scheduler = start("mymodule.scheduler.NovaSchedulerMain", "s", common)) {
        List<ServiceProcess> both = List.of(compute, scheduler);
        for (ServiceProcess process : both) {
          process.awaitErr("is in the service store");
        }
        cluster.stop();
        for (ServiceProcess process : both) {
          process.awaitErr(LOST);
        }
        // Several heartbeats fail while the server is down: still one line each.
        TimeUnit.SECONDS.sleep(3);
        cluster.start();
        for (ServiceProcess process : both) {
          process.awaitErr(RECOVERED);
        }
        long before = reports(cluster.url());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (reports(cluster.url()) <= before + 2 && System.nanoTime() < deadline) {
          TimeUnit.MILLISECONDS.sleep(200);
        }
        assertTrue(reports(cluster.url()) > before + 2, "heartbeats resumed");
        for (ServiceProcess process : both) {
          assertEquals(1, count(process.err(), LOST), process.err());
          assertEquals(1, count(process.err(), RECOVERED), process.err());
          assertTrue(process.isAlive());
        }
      }
    }
  }

  private ServiceProcess start(String main, String host, String... common) throws Exception {
    String[] args = new String[common.length + 1];
    System.arraycopy(common, 0, args, 0, common.length);
    args[common.length] = "--host=" + host;
    return ServiceProcess.start(dir, List.of(), main, args);
  }

  private static long reports(String url) throws SQLException {
    try (Connection c = new org.postgresql.Driver().connect(url, new Properties());
        Statement statement = c.createStatement();
        ResultSet row = statement.executeQuery("SELECT SUM(report_count) FROM services")) {
      row.next();
      return row.getLong(1);
    }
  }

  private static int count(String text, String what) {
    int count = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
      count++;
    }
    return count;
  }
}
