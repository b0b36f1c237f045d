package io.github.flagstaff.runtime.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Opens the service store that {@code --sql_connection} names. */
public final class ServiceStores {
  private static final String MEMORY = "memory:";

  private ServiceStores() {}

  /**
   * A store for {@code flags.sqlConnection()}: {@code memory:} here, whose clock is {@code clock},
   * other URLs through {@link ServiceStoreFactory}s on the class path, whose clock is the
   * database's.
   *
   * @throws IllegalArgumentException if no store serves the URL; the message names its scheme only,
   *     since the URL may hold a password
   */
  public static ServiceStore open(StoreFlags flags, Clock clock) {
    String url = flags.sqlConnection();
    if (url.equals(MEMORY)) {
      return new InMemoryServiceStore(clock);
    }
    List<String> known = new ArrayList<>(List.of(MEMORY));
    for (ServiceStoreFactory factory :
        ServiceLoader.load(ServiceStoreFactory.class, ServiceStores.class.getClassLoader())) {
      if (url.startsWith(factory.prefix())) {
        return factory.open(url, flags);
      }
      known.add(factory.prefix());
    }
    throw new IllegalArgumentException(
        "no service store for --sql_connection "
            + scheme(url)
            + " (known: "
            + String.join(", ", known)
            + "); is flagstaff-sql on the class path?");
  }

  /**
   * The URL's scheme, such as {@code 'jdbc:mysql:'}: up to two words of letters, digits, {@code +},
   * {@code -} and {@code .}, each followed by a colon. Nothing after it, which may be a password.
   */
  private static String scheme(String url) {
    int end = schemeWord(url, 0);
    if (end < 0) {
      return "(not a URL)";
    }
    int second = schemeWord(url, end);
    return "'" + url.substring(0, second < 0 ? end : second) + "'";
  }

  /** The index after "word:" starting at {@code from}, or -1. */
  private static int schemeWord(String url, int from) {
    int i = from;
    while (i < url.length() && isSchemeChar(url.charAt(i), i == from)) {
      i++;
    }
    return i > from && i < url.length() && url.charAt(i) == ':' ? i + 1 : -1;
  }

  private static boolean isSchemeChar(char c, boolean first) {
    boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return first ? letter : letter || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
  }
}
