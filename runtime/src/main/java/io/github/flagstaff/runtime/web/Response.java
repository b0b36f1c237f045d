package io.github.flagstaff.runtime.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A web method's result when 200 with a JSON body (or 204 for {@code void}) is not what it means:
 * another status, a body or none, and headers. Immutable.
 *
 * @param <T> the body's type, which the generated router writes as JSON
 */
public final class Response<T> {
  private final int status;
  private final T body;
  private final List<String> headers;

  private Response(int status, T body, List<String> headers) {
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status of a response: " + status);
    }
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  /** {@code status} with {@code body} as JSON. */
  public static <T> Response<T> of(int status, T body) {
    return new Response<>(status, Objects.requireNonNull(body, "body"), List.of());
  }

  /** {@code status} with no body. */
  public static <T> Response<T> empty(int status) {
    return new Response<>(status, null, List.of());
  }

  /** This response with the header {@code name: value} added. */
  public Response<T> header(String name, String value) {
    List<String> more = new ArrayList<>(headers);
    more.add(Objects.requireNonNull(name, "name"));
    more.add(Objects.requireNonNull(value, "value"));
    return new Response<>(status, body, List.copyOf(more));
  }

  /** The status. */
  public int status() {
    return status;
  }

  /** The body, or null for none. */
  public T body() {
    return body;
  }

  /** The headers, as name, value, name, value, ... */
  public List<String> headers() {
    return headers;
  }
}
