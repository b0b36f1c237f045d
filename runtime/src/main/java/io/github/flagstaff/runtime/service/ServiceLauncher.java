package io.github.flagstaff.runtime.service;

import io.github.flagstaff.index.FlagIndex_io_github_flagstaff_runtime;
import io.github.flagstaff.runtime.CommonFlags;
import io.github.flagstaff.runtime.Log;
import io.github.flagstaff.runtime.flags.FlagException;
import io.github.flagstaff.runtime.flags.ParseResult;
import io.github.flagstaff.runtime.flags.Program;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * What a generated {@code nova-<topic>} main does, as the seed's script: read the default flagfile,
 * parse argv, serve, wait. SIGTERM stops gracefully and exits 0; SIGINT exits at once (status 130);
 * SIGHUP re-reads the flagfiles and applies the mutable flags, one reload at a time on one thread.
 */
public final class ServiceLauncher {
  private static final Log LOG = Log.of(ServiceLauncher.class);

  /** The exit status after SIGINT, as shells report a process ended by it. */
  static final int INTERRUPTED = 130;

  private ServiceLauncher() {}

  /** Runs the service {@code definition} with {@code args} and exits the JVM when it stops. */
  public static void launch(ServiceDefinition definition, String[] args) {
    String version = version();
    Program program =
        program(definition)
            .description("Runs the " + definition.topic() + " service.")
            .version(version)
            .keyFlags(definition.keyFlagSets());
    ParseResult parsed = program.parseOrExit(args);
    Logging.setUp(parsed.values().get(CommonFlags.class).verbose());
    Service service;
    try {
      service = Service.builder(definition, parsed.values()).version(version).build();
    } catch (IllegalArgumentException e) {
      System.err.println(definition.binary() + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    Reloader reloader =
        Reloader.start(
            "SIGHUP-reload",
            new Runnable() {
              @Override
              public void run() {
                reload(program, args, service);
              }
            });
    Signals.install(
        new Runnable() {
          @Override
          public void run() {
            stopGracefully(service);
          }
        },
        new Runnable() {
          @Override
          public void run() {
            LOG.log(Level.INFO, "Caught SIGINT, exiting");
            Runtime.getRuntime().halt(INTERRUPTED);
          }
        },
        new Runnable() {
          @Override
          public void run() {
            reloader.request();
          }
        });
    try {
      service.start();
      service.await();
      if (service.failure() != null) {
        System.err.println(definition.binary() + ": " + service.failure());
        System.exit(1);
      }
    } catch (ServiceStartException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.exit(1);
    }
    System.exit(0);
  }

  /**
   * A program that parses with the flag sets of the main's module and the runtime while it
   * discovers the rest, or, for a definition that names no flag index, discovers them first.
   */
  private static Program program(ServiceDefinition definition) {
    if (definition.flagIndex().isEmpty()) {
      return Program.named(definition.binary());
    }
    return Program.named(
        definition.binary(),
        List.of(definition.flagIndex().get(), new FlagIndex_io_github_flagstaff_runtime()));
  }

  private static void stopGracefully(Service service) {
    LOG.log(Level.INFO, "Caught SIGTERM, stopping {0} gracefully", service);
    try {
      service.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void reload(Program program, String[] args, Service service) {
    LOG.log(Level.INFO, "Caught SIGHUP, re-reading flags");
    try {
      service.reload(program.parse(args).values());
    } catch (FlagException e) {
      LOG.log(
          Level.ERROR,
          "could not re-read flags; keeping the old values: {0}",
          String.join("; ", e.problems()));
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "reloading flags failed; keeping the old values", e);
    }
  }

  /** Flagstaff's version, from the runtime jar's manifest. */
  private static String version() {
    String version = ServiceLauncher.class.getPackage().getImplementationVersion();
    return version != null ? version : "development";
  }
}
