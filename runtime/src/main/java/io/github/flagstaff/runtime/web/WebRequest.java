package io.github.flagstaff.runtime.web;

import io.github.flagstaff.runtime.rpc.RequestContext;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as a generated router sees it: the method, the path's decoded segments, the
 * query parameters, the body (already checked against {@code --max_request_body_size}) and the
 * request context built from Keystone's headers.
 */
public final class WebRequest {
  private final String method;
  private final String path;
  private final List<String> segments;
  private final Map<String, List<String>> query;
  private final byte[] body;
  private final RequestContext context;

  WebRequest(
      String method,
      String path,
      List<String> segments,
      Map<String, List<String>> query,
      byte[] body,
      RequestContext context) {
    this.method = method;
    this.path = path;
    this.segments = segments;
    this.query = query;
    this.body = body;
    this.context = context;
  }

  /** A request built by hand, for tests of routers. */
  public static WebRequest of(String method, String pathAndQuery, byte[] body) {
    int question = pathAndQuery.indexOf('?');
    String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
    String query = question < 0 ? null : pathAndQuery.substring(question + 1);
    return new WebRequest(
        method,
        path,
        Paths.segments(path),
        Paths.query(query),
        body,
        new RequestContext("req-test", "test-user", "test-project"));
  }

  /** {@code GET}, {@code POST}, ... */
  public String method() {
    return method;
  }

  /** The path as sent, not decoded. */
  public String path() {
    return path;
  }

  /** The path's segments, percent-decoded: {@code /v2/servers/a%20b} gives v2, servers, a b. */
  public List<String> segments() {
    return segments;
  }

  /** The values of query parameter {@code name}, in order; empty if it was not given. */
  public List<String> query(String name) {
    List<String> values = query.get(name);
    return values != null ? values : List.of();
  }

  /** The body, empty if there was none. */
  public byte[] body() {
    return body;
  }

  /**
   * The request context: {@code X-Openstack-Request-Id} (or a new id), and the user and project of
   * {@code X-User-Id} and {@code X-Project-Id}, as Keystone's middleware sets them.
   */
  public RequestContext context() {
    return context;
  }
}
