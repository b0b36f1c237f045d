package io.github.flagstaff.manage;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.flags.Program;
import io.github.flagstaff.runtime.service.ServiceStoreException;
import io.github.flagstaff.runtime.service.StoreFlags;
import java.io.PrintStream;

/**
 * {@code flagstaff-manage}: {@code service list|disable|enable} and {@code db sync|version} on the
 * service store that {@code --sql_connection} names. Exits 0 when done, 1 on a usage or flag error,
 * 2 when the store cannot be used (unreachable, or a schema newer than this Flagstaff knows).
 */
public final class FlagstaffManage {
  static final String NAME = "flagstaff-manage";

  /** Exit status: done. */
  public static final int OK = 0;

  /** Exit status: the command line is wrong. */
  public static final int USAGE = 1;

  /** Exit status: the service store cannot be used. */
  public static final int STORE = 2;

  private FlagstaffManage() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.out.flush();
    System.exit(status);
  }

  /**
   * Runs the command {@code args} name, printing to {@code out} and errors to {@code err}.
   *
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Program.Outcome outcome = program().run(args, out, err);
    if (outcome.result() == null) {
      return outcome.exitCode();
    }
    FlagValues values = outcome.result().values();
    try (Invocation invocation = new Invocation(values, out)) {
      Command.named(outcome.result().positionals()).run(invocation);
      return OK;
    } catch (UsageException e) {
      err.println(NAME + ": " + e.getMessage());
      if (e.pointToHelp()) {
        err.println("Try '" + NAME + " --help' for the commands and flags.");
      }
      return USAGE;
    } catch (ServiceStoreException e) {
      String reason = e.getMessage() == null ? "no reason given" : e.getMessage();
      err.println(
          NAME
              + ": cannot use the service store: "
              + Secrets.redact(reason, values.get(StoreFlags.class)));
      return STORE;
    }
  }

  private static Program program() {
    return Program.named(NAME)
        .description(
            "the operator's tool for the service store, after Nova's nova-manage.\n\n"
                + Command.usage()
                + "\n\nExit status: 0 done, 1 usage or flag error, 2 the service store cannot be"
                + " used.")
        .version(version())
        .keyFlags(ManageFlags.class, StoreFlags.class);
  }

  private static String version() {
    String version = FlagstaffManage.class.getPackage().getImplementationVersion();
    return version == null ? "unknown" : version;
  }
}
