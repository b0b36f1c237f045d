package io.github.flagstaff.runtime.rpc;

/** A message's arguments could not be decoded for the method; the call gets an error. */
public final class BadArgumentsException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadArgumentsException(String message) {
    super(message);
  }
}
