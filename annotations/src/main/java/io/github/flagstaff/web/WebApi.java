package io.github.flagstaff.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a web API, Nova's second kind of service: the annotated public class's methods marked
 * {@link Get}, {@link Post}, {@link Put} or {@link Delete} answer HTTP requests, and the processor
 * generates their router (a {@code switch} over path segments) and the {@code Nova<Binary>Main}
 * program that serves every API of {@link #binary()}.
 *
 * <pre>{@code
 * @WebApi(name = "osapi_compute", port = 8774)
 * public class ServersApi {
 *   public ServersApi(ServiceContext context) { ... }
 *
 *   @Get("/v2/servers/{id}")
 *   public Server show(UUID id) { ... }
 * }
 * }</pre>
 *
 * <p>The constructor is injected as a manager's: it may take flag set interfaces, {@code
 * FlagValues} and {@code ServiceContext}. A method's parameters are path variables (by name:
 * String, int, long, boolean, UUID or an enum), {@link Query} parameters (those types, or {@code
 * Optional} or {@code List} of them), one {@link Body} and the request's {@code RequestContext}. It
 * returns a type RPC supports (200 with JSON), {@code void} (204), {@code Response<T>} (another
 * status and headers) or {@code Html} (a page).
 *
 * <p>Each API has the flags {@code --<name>_listen}, {@code --<name>_listen_port} (default {@link
 * #port()}) and {@code --<name>_workers}; the binary has {@code --enabled_apis}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WebApi {

  /** The API's name, {@code [a-z][a-z0-9_]*}: {@code osapi_compute}. */
  String name();

  /** The port it listens on unless {@code --<name>_listen_port} says otherwise. */
  int port();

  /** The program that serves it, with the other APIs of the same binary. */
  String binary() default "nova-api";
}
