package io.github.flagstaff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a service: the annotated public, concrete subclass of {@code
 * io.github.flagstaff.runtime.service.Manager} serves {@link #topic()}, and the processor generates
 * the {@code nova-<topic>} program that runs it.
 *
 * <pre>{@code
 * @ServiceManager(topic = "exampleservice")
 * public class ExampleServiceManager extends Manager {
 *   public ExampleServiceManager(ExampleFlags flags, ServiceContext context) { ... }
 * }
 * }</pre>
 *
 * <p>The constructor may take flag set interfaces, {@code FlagValues} and {@code ServiceContext};
 * the generated factory passes them. With several public constructors, mark one with {@link
 * Constructor}. Several managers may serve one topic; the flag {@code <topic>_manager} picks one,
 * and one of them is {@link #isDefault()} (a topic's only manager is its default).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ServiceManager {

  /** The topic, {@code [a-z][a-z0-9_]*}: {@code network} for {@code nova-network}. */
  String topic();

  /** The program's name; default {@code nova-<topic>}. Managers of one topic must agree on it. */
  String binary() default "";

  /** This manager is the topic's default, the value of {@code --<topic>_manager} when not given. */
  boolean isDefault() default false;

  /**
   * The version of the RPC API the manager implements, {@code major.minor} such as {@code "1.3"}
   * (oslo.messaging's endpoint {@code Target(version=...)}). It serves requests of the same major
   * version and a minor version no higher; others are answered {@code UnsupportedVersion}. Each
   * {@link Rpc#since()} is of this major version and no higher.
   */
  String rpcVersion() default "1.0";

  /** Marks the constructor the generated factory calls, when a manager has several. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.CONSTRUCTOR)
  @interface Constructor {}
}
