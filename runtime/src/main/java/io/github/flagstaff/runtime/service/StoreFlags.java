package io.github.flagstaff.runtime.service;

import io.github.flagstaff.Flag;
import java.util.Optional;

/** Where service records live, after Nova's {@code --sql_connection}. */
public interface StoreFlags {

  @Flag(
      help =
          "The service store: a JDBC URL (jdbc:sqlite:FILE, shared by the services of one"
              + " machine; jdbc:postgresql://HOST:PORT/DB, shared across machines), or memory:"
              + " for this process alone.",
      defaultValue = "jdbc:sqlite:$state_path/nova.sqlite",
      secret = true)
  String sqlConnection();

  @Flag(help = "The database user, when --sql_connection does not name one.")
  Optional<String> sqlUser();

  @Flag(help = "The database password, when --sql_connection does not hold one.", secret = true)
  Optional<String> sqlPassword();
}
