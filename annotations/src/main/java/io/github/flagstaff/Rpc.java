package io.github.flagstaff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a public method of a {@link ServiceManager} class callable by other services. Nothing else
 * is: not private methods, not {@code initHost}, not inherited methods without {@code @Rpc} (Nova's
 * dispatch by {@code getattr} let any attribute be called; oslo bug 1712393).
 *
 * <p>Parameters and results are encoded as JSON by generated codecs: primitives and their boxes,
 * {@code String}, enums, {@code List<T>}, {@code Map<String, T>}, {@code Optional<T>}, and records
 * of those. A parameter of type {@code RequestContext} receives the caller's context instead. On
 * the wire the method and its parameters have their lower_snake_case names ({@code
 * runInstance(String instanceName)} is {@code run_instance} with {@code instance_name}).
 *
 * <p>Versioned APIs, as in oslo.messaging: {@link #since()} is the API version the method appeared
 * in, which the generated client sends with it, and which a caller's {@code
 * --upgrade_levels_<topic>} cap may refuse to send.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Rpc {

  /**
   * The manager's API version this method appeared in, {@code major.minor} such as {@code "1.2"}:
   * of the major version of {@link ServiceManager#rpcVersion()} and no higher. Default: that major
   * version's first, {@code "1.0"} for a manager of version 1.x, as in Nova, where every method of
   * a new major version is sent with it.
   */
  String since() default "";

  /**
   * The API namespace, as oslo.messaging's {@code Target(namespace=...)}: a request reaches this
   * method only if it names this namespace. Default: none, the manager's main API.
   */
  String namespace() default "";
}
