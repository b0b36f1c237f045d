package io.github.flagstaff.runtime.flags;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flag sets of every module on the class path, found through {@link java.util.ServiceLoader} on
 * a thread of its own. A program that knows most of its flag sets (a generated service main knows
 * its own module's and the runtime's) parses with those while discovery reads every jar; {@link
 * #complete} then says whether the class path added any.
 */
final class FlagDiscovery {
  private final Thread thread;
  private List<FlagSetDefinition<?>> found;
  private Throwable failure;
  private FlagRegistry complete;

  private FlagDiscovery(ClassLoader loader) {
    thread =
        new Thread(
            new Runnable() {
              @Override
              public void run() {
                try {
                  found = FlagRegistry.discover(loader);
                } catch (RuntimeException | Error e) {
                  failure = e;
                }
              }
            },
            "flag-discovery");
    thread.setDaemon(true);
  }

  /** Starts discovering what {@code loader} sees. */
  static FlagDiscovery start(ClassLoader loader) {
    FlagDiscovery discovery = new FlagDiscovery(loader);
    discovery.thread.start();
    return discovery;
  }

  /** What {@link #complete} returned, or null before it was first called. */
  synchronized FlagRegistry completed() {
    return complete;
  }

  /**
   * {@code known} with every flag set discovery found that it lacks; {@code known} itself when it
   * lacks none. Waits for discovery; a failure of discovery (a broken provider, a flag declared
   * twice) is thrown here, as {@link FlagRegistry#load()} throws it.
   */
  synchronized FlagRegistry complete(FlagRegistry known) {
    if (complete != null) {
      return complete;
    }
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    Map<String, FlagSetDefinition<?>> sets = new LinkedHashMap<>();
    for (FlagSetDefinition<?> set : known.flagSets()) {
      sets.put(set.name(), set);
    }
    int before = sets.size();
    for (FlagSetDefinition<?> set : found) {
      sets.putIfAbsent(set.name(), set);
    }
    complete = sets.size() == before ? known : FlagRegistry.of(new ArrayList<>(sets.values()));
    return complete;
  }
}
