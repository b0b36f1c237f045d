package io.github.flagstaff.runtime.web;

/**
 * A request that cannot be answered as asked: its status, and the fault body Nova's API returned
 * for it ({@code {"itemNotFound": {"code": 404, "message": "..."}}}). Throw a subclass from a web
 * method; its message is shown to the client.
 */
public class WebException extends RuntimeException {
  private final int status;

  protected WebException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** Nova's name for the fault of {@code status}, the key of the fault body. */
  public static String faultName(int status) {
    switch (status) {
      case 400:
        return "badRequest";
      case 401:
        return "unauthorized";
      case 403:
        return "forbidden";
      case 404:
        return "itemNotFound";
      case 405:
        return "badMethod";
      case 409:
        return "conflictingRequest";
      case 413:
      case 429:
        return "overLimit";
      case 415:
        return "badMediaType";
      case 501:
        return "notImplemented";
      case 503:
        return "serviceUnavailable";
      default:
        return "computeFault";
    }
  }

  /** 404: what was asked for does not exist. */
  public static class NotFound extends WebException {
    public NotFound(String message) {
      super(404, message);
    }
  }

  /** 400: the request is malformed; the message says which parameter and why. */
  public static class BadRequest extends WebException {
    public BadRequest(String message) {
      super(400, message);
    }
  }

  /** 409: the request conflicts with the current state. */
  public static class Conflict extends WebException {
    public Conflict(String message) {
      super(409, message);
    }
  }

  /** 413: the request body is larger than {@code --max_request_body_size}. */
  public static final class TooLarge extends WebException {
    public TooLarge(String message) {
      super(413, message);
    }
  }

  /** 405: the path exists, not with this method; {@link #allow()} lists the methods it has. */
  public static final class MethodNotAllowed extends WebException {
    private final String allow;

    public MethodNotAllowed(String method, String allow) {
      super(405, "method " + method + " is not allowed here; allowed: " + allow);
      this.allow = allow;
    }

    /** The {@code Allow} header's value. */
    public String allow() {
      return allow;
    }
  }
}
