package io.github.flagstaff.runtime.service;

/**
 * Opens service stores for one kind of {@code --sql_connection} URL; found through {@link
 * java.util.ServiceLoader}, so that a database driver is needed only by those who use it (the
 * {@code flagstaff-sql} module serves {@code jdbc:sqlite:} and {@code jdbc:postgresql:}).
 */
public interface ServiceStoreFactory {

  /** The URL prefix this factory serves, such as {@code jdbc:sqlite:}. */
  String prefix();

  /**
   * A store for {@code url}. Cheap: nothing is connected until the store is first used.
   *
   * @throws IllegalArgumentException if the URL is malformed; the message never repeats the URL
   */
  ServiceStore open(String url, StoreFlags flags);
}
