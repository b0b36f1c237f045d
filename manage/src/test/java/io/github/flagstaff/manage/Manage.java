package io.github.flagstaff.manage;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.flagstaff.runtime.service.StoreFlags;
import io.github.flagstaff.sql.JdbcServiceStore;
import io.github.flagstaff.sql.JdbcServiceStoreFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Test helpers: running flagstaff-manage in this JVM, and a store to set up its records. */
final class Manage {

  /** What a run printed and its exit status. */
  record Result(int exitCode, String out, String err) {

    /** Fails if {@code err} shows a stack trace. */
    Result withoutStackTrace() {
      assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
      return this;
    }
  }

  private Manage() {}

  /** Runs flagstaff-manage with {@code args}. */
  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = FlagstaffManage.run(args, o, e);
    }
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The store at {@code url}, as services would open it. */
  static JdbcServiceStore store(String url) {
    return JdbcServiceStoreFactory.forUrl(url, flags(url, Optional.empty()));
  }

  /** Store flags of {@code url} and {@code password}, with no user. */
  static StoreFlags flags(String url, Optional<String> password) {
    return new StoreFlags() {
      @Override
      public String sqlConnection() {
        return url;
      }

      @Override
      public Optional<String> sqlUser() {
        return Optional.empty();
      }

      @Override
      public Optional<String> sqlPassword() {
        return password;
      }
    };
  }

  /**
   * The newest schema version flagstaff-sql ships: the highest {@code V<n>.sql} among its
   * migrations.
   */
  static int latestSchema() {
    int version = 0;
    while (JdbcServiceStore.class.getResource("migrations/sqlite/V" + (version + 1) + ".sql")
        != null) {
      version++;
    }
    return version;
  }
}
