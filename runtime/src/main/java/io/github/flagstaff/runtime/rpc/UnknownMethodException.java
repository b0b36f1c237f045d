package io.github.flagstaff.runtime.rpc;

/**
 * A message named a method that is not an {@code @Rpc} method of the manager; the call gets an
 * error.
 */
public final class UnknownMethodException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnknownMethodException(String method) {
    super("no @Rpc method '" + method + "'");
  }
}
