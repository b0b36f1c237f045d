package io.github.flagstaff.runtime.service;

/**
 * The service store could not do what was asked: it cannot be reached, or its schema is one this
 * Flagstaff must not write to. The message says why and never holds a secret.
 */
public class ServiceStoreException extends RuntimeException {

  public ServiceStoreException(String message) {
    super(message);
  }

  public ServiceStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
