package io.github.flagstaff.runtime.rpc;

import java.util.Objects;
import java.util.UUID;

/**
 * Who asked for an RPC, as Nova's request context: it travels with every message and reaches an
 * {@code @Rpc} method that declares a parameter of this type.
 *
 * @param requestId identifies the request across services, for logs
 * @param user the user acting; empty for the system itself
 * @param project the user's project; empty for the system itself
 */
public record RequestContext(String requestId, String user, String project) {

  /** Checks the parts. */
  public RequestContext {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(project, "project");
  }

  /** A new request by {@code user} of {@code project}. */
  public static RequestContext of(String user, String project) {
    return new RequestContext("req-" + UUID.randomUUID(), user, project);
  }

  /** A new request by the system itself (Nova's admin context). */
  public static RequestContext system() {
    return of("", "");
  }
}
