package io.github.flagstaff.runtime.rpc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who asked for an RPC, as oslo.context's {@code RequestContext}: it travels with every message (as
 * {@code _context_<key>} fields) and reaches an {@code @Rpc} method that declares a parameter of
 * this type.
 *
 * <p>It holds oslo.context's keys ({@code request_id}, {@code user_id}, {@code project_id}, {@code
 * roles}, {@code is_admin}, {@code auth_token}, ...) as raw JSON values, so a context that came
 * from a Python service is forwarded whole, keys Flagstaff does not know included, on onward calls.
 * Any value may be null. {@code auth_token} is secret: {@link #toString} never shows it.
 */
public final class RequestContext {
  private static final String NULL = "null";

  private final Map<String, String> values;

  private RequestContext(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * A context with the given request id, user and project (each under oslo.context's key and Nova's
   * {@code user_id}, {@code project_id}), no roles, no token and not admin.
   */
  public RequestContext(String requestId, String user, String project) {
    this(base(requestId, user, project, false));
  }

  /** A new request by {@code user} of {@code project}. */
  public static RequestContext of(String user, String project) {
    return new RequestContext("req-" + UUID.randomUUID(), user, project);
  }

  /** A new request by the system itself (Nova's admin context: no user or project, admin). */
  public static RequestContext system() {
    return new RequestContext(base("req-" + UUID.randomUUID(), null, null, true));
  }

  private static Map<String, String> base(
      String requestId, String user, String project, boolean admin) {
    Objects.requireNonNull(requestId, "requestId");
    Map<String, String> values = new LinkedHashMap<>();
    String userValue = user == null || user.isEmpty() ? NULL : Json.quote(user);
    String projectValue = project == null || project.isEmpty() ? NULL : Json.quote(project);
    values.put("request_id", Json.quote(requestId));
    values.put("user_id", userValue);
    values.put("project_id", projectValue);
    values.put("user", userValue);
    values.put("project", projectValue);
    values.put("roles", "[]");
    values.put("is_admin", Boolean.toString(admin));
    values.put("auth_token", NULL);
    return values;
  }

  /**
   * A context of exactly these keys, each with its raw JSON value (as sent on the wire).
   *
   * @throws IllegalArgumentException if a value is not one JSON value
   */
  public static RequestContext ofRawValues(Map<String, String> rawValues) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : rawValues.entrySet()) {
      values.put(entry.getKey(), Json.normalize(entry.getValue()));
    }
    return new RequestContext(values);
  }

  /** A context from values already written by this package's JSON generator, as a message's. */
  static RequestContext ofNormalValues(Map<String, String> values) {
    return new RequestContext(values);
  }

  /** This context with {@code key} set to the raw JSON value {@code rawValue}. */
  public RequestContext with(String key, String rawValue) {
    Map<String, String> changed = new LinkedHashMap<>(values);
    changed.put(key, Json.normalize(rawValue));
    return new RequestContext(changed);
  }

  /** This context carrying the (secret) keystone token {@code token}. */
  public RequestContext withAuthToken(String token) {
    return with("auth_token", token == null ? NULL : Json.quote(token));
  }

  /** This context with the roles {@code roles}. */
  public RequestContext withRoles(List<String> roles) {
    return with("roles", Json.text(out -> Codecs.listOf(Codecs.STRING).write(out, roles)));
  }

  /** This context with {@code is_admin} set. */
  public RequestContext withAdmin(boolean admin) {
    return with("is_admin", Boolean.toString(admin));
  }

  /** {@code request_id}; empty if missing or null. */
  public String requestId() {
    return string("request_id").orElse("");
  }

  /** {@code user_id} (else the older {@code user}); empty for the system or when null. */
  public String user() {
    return string("user_id").or(() -> string("user")).orElse("");
  }

  /** {@code project_id} (else the older {@code tenant}); empty for the system or when null. */
  public String project() {
    return string("project_id").or(() -> string("tenant")).orElse("");
  }

  /** {@code roles}; empty if missing, null or not a list of strings. */
  public List<String> roles() {
    String raw = values.get("roles");
    if (raw == null || raw.equals(NULL)) {
      return List.of();
    }
    try {
      List<String> roles = Json.read(raw, Codecs.listOf(Codecs.STRING));
      return roles.contains(null) ? List.of() : List.copyOf(roles);
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    }
  }

  /** {@code is_admin}; false if missing or not a boolean. */
  public boolean isAdmin() {
    return "true".equals(values.get("is_admin"));
  }

  /** {@code auth_token}, the caller's keystone token, if any. Secret: never log it. */
  public Optional<String> authToken() {
    return string("auth_token");
  }

  /** The string value of {@code key}, if it is present and a string. */
  public Optional<String> string(String key) {
    String raw = values.get(key);
    if (raw == null || !raw.startsWith("\"")) {
      return Optional.empty();
    }
    try (JsonParser in = Json.FACTORY.createParser(raw)) {
      return in.nextToken() == JsonToken.VALUE_STRING
          ? Optional.of(in.getText())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Every key with its raw JSON value, in the order they came. */
  public Map<String, String> rawValues() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestContext that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** The keys and values, with {@code auth_token} hidden. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RequestContext{");
    String separator = "";
    for (Map.Entry<String, String> entry : values.entrySet()) {
      text.append(separator).append(entry.getKey()).append('=');
      text.append(
          entry.getKey().equals("auth_token") && !entry.getValue().equals(NULL)
              ? "***"
              : entry.getValue());
      separator = ", ";
    }
    return text.append('}').toString();
  }
}
