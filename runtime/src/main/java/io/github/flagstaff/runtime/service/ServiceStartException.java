package io.github.flagstaff.runtime.service;

/** A service could not start: its manager's {@code initHost()} failed. */
public final class ServiceStartException extends Exception {
  private static final long serialVersionUID = 1L;

  ServiceStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
