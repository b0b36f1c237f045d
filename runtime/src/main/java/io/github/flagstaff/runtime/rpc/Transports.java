package io.github.flagstaff.runtime.rpc;

import io.github.flagstaff.runtime.flags.FlagValues;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/** Opens the transport that {@code --transport_url} names. */
public final class Transports {
  private static final String MEMORY = "memory://";

  private Transports() {}

  /**
   * Opens a transport for {@code url}: {@code memory://} here, other schemes through {@link
   * TransportFactory}s on the class path, with the settings of {@code flags} (which {@code
   * memory://} does not need).
   *
   * @throws IllegalArgumentException if the URL is malformed, no transport serves its scheme, or
   *     its transport cannot use a setting; its message never holds the URL, which may hold a
   *     password
   */
  public static Transport open(String url, FlagValues flags) {
    if (url.startsWith(MEMORY)) {
      return MemoryTransport.open(url.substring(MEMORY.length()));
    }
    URI uri = parse(url);
    return factory(uri).open(uri, flags);
  }

  /**
   * Checks that a transport serves {@code url}, without opening it: {@code memory://} at once,
   * other schemes as {@link #open} would find them.
   *
   * @throws IllegalArgumentException as {@link #open}
   */
  public static void check(String url) {
    if (!url.startsWith(MEMORY)) {
      factory(parse(url));
    }
  }

  private static URI parse(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "--transport_url is not a valid URL: "
              + e.getReason().toLowerCase(Locale.ROOT)
              + " at index "
              + e.getIndex()
              + " (a password needs %-escapes for characters such as space, %, @ and /)");
    }
  }

  private static TransportFactory factory(URI uri) {
    String scheme = uri.getScheme();
    List<String> known = new ArrayList<>(List.of("memory"));
    for (TransportFactory factory :
        ServiceLoader.load(TransportFactory.class, Transports.class.getClassLoader())) {
      if (factory.scheme().equals(scheme)) {
        return factory;
      }
      known.add(factory.scheme());
    }
    throw new IllegalArgumentException(
        "no transport for --transport_url scheme '"
            + scheme
            + "' (known: "
            + String.join(", ", known)
            + "); is its module on the class path?");
  }
}
