package io.github.flagstaff.sql;

import io.github.flagstaff.runtime.service.ServiceStore;
import io.github.flagstaff.runtime.service.ServiceStoreFactory;
import io.github.flagstaff.runtime.service.StoreFlags;
import java.util.Properties;

/** Serves {@code jdbc:sqlite:} URLs; {@link Postgresql} serves {@code jdbc:postgresql:}. */
public final class JdbcServiceStoreFactory implements ServiceStoreFactory {
  private final Dialect dialect;

  /** The SQLite factory, as {@link java.util.ServiceLoader} creates it. */
  public JdbcServiceStoreFactory() {
    this(Dialect.SQLITE);
  }

  private JdbcServiceStoreFactory(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public String prefix() {
    return dialect.prefix();
  }

  @Override
  public ServiceStore open(String url, StoreFlags flags) {
    return open(dialect, url, flags);
  }

  /** A store of {@code url}, whatever its database; null if no database here serves it. */
  public static JdbcServiceStore forUrl(String url, StoreFlags flags) {
    for (Dialect dialect : Dialect.values()) {
      if (url.startsWith(dialect.prefix())) {
        return open(dialect, url, flags);
      }
    }
    return null;
  }

  private static JdbcServiceStore open(Dialect dialect, String url, StoreFlags flags) {
    // Properties, not the URL, carry what the flags say; a URL's own parameters win over them.
    Properties properties = new Properties();
    if (flags.sqlUser().isPresent()) {
      properties.setProperty("user", flags.sqlUser().get());
    }
    if (flags.sqlPassword().isPresent()) {
      properties.setProperty("password", flags.sqlPassword().get());
    }
    return new JdbcServiceStore(dialect, url, properties);
  }

  /** The PostgreSQL factory. */
  public static final class Postgresql implements ServiceStoreFactory {
    private final JdbcServiceStoreFactory factory = new JdbcServiceStoreFactory(Dialect.POSTGRESQL);

    @Override
    public String prefix() {
      return factory.prefix();
    }

    @Override
    public ServiceStore open(String url, StoreFlags flags) {
      return factory.open(url, flags);
    }
  }
}
