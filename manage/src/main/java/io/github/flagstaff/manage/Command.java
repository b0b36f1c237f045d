package io.github.flagstaff.manage;

import io.github.flagstaff.runtime.service.ServiceRecord;
import io.github.flagstaff.sql.JdbcServiceStore;
import java.util.ArrayList;
import java.util.List;

/** What flagstaff-manage does, named by its words on the command line, as in nova-manage. */
enum Command {
  SERVICE_LIST("service list", "[--format=table|json]", "Every service, and whether it is up.") {
    @Override
    void run(Invocation invocation) throws UsageException {
      invocation.refuseReason(this);
      List<ServiceRecord> records = invocation.store().all();
      boolean json = invocation.manage().format().equals("json");
      invocation
          .out()
          .print(
              json
                  ? ServiceJson.render(records, invocation.serviceDownTime())
                  : ServiceTable.render(records, invocation.serviceDownTime()));
    }
  },

  SERVICE_DISABLE(
      "service disable",
      "--host=H --binary=B [--reason=R]",
      "Takes a service out of scheduling; it keeps reporting.") {
    @Override
    void run(Invocation invocation) throws UsageException {
      Invocation.Target target = invocation.target(this);
      String reason = invocation.manage().reason().orElse(null);
      invocation.setDisabled(this, target, true, reason);
      invocation
          .out()
          .println(
              "Disabled "
                  + target
                  + (reason == null ? "" : " (reason: " + reason + ")")
                  + "; it is not scheduled to until enabled.");
    }
  },

  SERVICE_ENABLE("service enable", "--host=H --binary=B", "Puts a service back into scheduling.") {
    @Override
    void run(Invocation invocation) throws UsageException {
      invocation.refuseReason(this);
      Invocation.Target target = invocation.target(this);
      invocation.setDisabled(this, target, false, null);
      invocation.out().println("Enabled " + target + ".");
    }
  },

  DB_SYNC("db sync", "", "Applies the schema migrations this Flagstaff ships.") {
    @Override
    void run(Invocation invocation) throws UsageException {
      invocation.refuseReason(this);
      JdbcServiceStore database = invocation.database(this);
      List<Integer> applied = database.sync();
      for (int version : applied) {
        invocation.out().println("Applied migration " + version + ".");
      }
      invocation
          .out()
          .println(
              "Schema version "
                  + database.schemaVersion()
                  + (applied.isEmpty() ? ", already up to date." : "."));
    }
  },

  DB_VERSION("db version", "", "Prints the database's schema version; 0 before db sync.") {
    @Override
    void run(Invocation invocation) throws UsageException {
      invocation.refuseReason(this);
      invocation.out().println(invocation.database(this).schemaVersion());
    }
  };

  private final String words;
  private final String flags;
  private final String help;

  Command(String words, String flags, String help) {
    this.words = words;
    this.flags = flags;
    this.help = help;
  }

  /** Runs the command; the store is opened only after the command line has been checked. */
  abstract void run(Invocation invocation) throws UsageException;

  /** The command that {@code positionals} name. */
  static Command named(List<String> positionals) throws UsageException {
    String words = String.join(" ", positionals);
    if (words.isEmpty()) {
      throw new UsageException("no command given; expected one of: " + names());
    }
    for (Command command : values()) {
      if (command.words.equals(words)) {
        return command;
      }
    }
    throw new UsageException("unknown command '" + words + "'; expected one of: " + names());
  }

  /** The lines of help that list the commands. */
  static String usage() {
    StringBuilder out = new StringBuilder("Commands:");
    for (Command command : values()) {
      String synopsis =
          command.flags.isEmpty() ? command.words : command.words + " " + command.flags;
      out.append("\n  ").append(synopsis).append("\n      ").append(command.help);
    }
    return out.toString();
  }

  private static String names() {
    List<String> names = new ArrayList<>();
    for (Command command : values()) {
      names.add(command.words);
    }
    return String.join(", ", names);
  }

  @Override
  public String toString() {
    return words;
  }
}
