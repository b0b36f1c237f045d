package io.github.flagstaff.runtime.rpc;

import java.time.Duration;
import java.util.Objects;

/**
 * What every generated client of a topic does alike: it sends through an {@link RpcClient} to any
 * host of the topic, to one host ({@link #onHost}) or to all ({@link #fanout}), within the topic's
 * version cap ({@link #canSendVersion}). A generated client adds each {@code @Rpc} method to its
 * calls and its casts.
 *
 * @param <C> the generated client
 * @param <L> its calls, which wait for the result
 * @param <S> its casts, which do not wait
 */
public abstract class TopicClient<C, L, S> {
  private final RpcClient rpc;
  private final Target target;

  /** A client sending to {@code target} through {@code rpc}. */
  protected TopicClient(RpcClient rpc, Target target) {
    this.rpc = Objects.requireNonNull(rpc, "rpc");
    this.target = Objects.requireNonNull(target, "target");
  }

  /** The same client, sending to {@code target}. */
  protected abstract C client(RpcClient rpc, Target target);

  /** The calls that send as {@code sending} says. */
  protected abstract L calls(Sending sending);

  /** The casts that send as {@code sending} says. */
  protected abstract S casts(Sending sending);

  /** This client, sending to the host {@code host} only. */
  public final C onHost(String host) {
    return client(rpc, Target.host(target.topic(), host));
  }

  /**
   * Whether messages of API {@code version}, such as {@code "1.2"}, may be sent: whether the
   * topic's {@code --upgrade_levels_<topic>} is unset, or of that major version and a minor no
   * lower. During a rolling upgrade, a caller falls back to an older method when not.
   *
   * @throws IllegalArgumentException if {@code version} is not a version such as {@code 1.2}
   */
  public final boolean canSendVersion(String version) {
    return rpc.canSendVersion(target.topic(), version);
  }

  /** Calls that wait up to {@code --rpc_response_timeout}. */
  public final L call(RequestContext context) {
    return call(context, rpc.defaultTimeout());
  }

  /** Calls that wait up to {@code timeout}. */
  public final L call(RequestContext context, Duration timeout) {
    return calls(new Sending(rpc, target, context, Objects.requireNonNull(timeout, "timeout")));
  }

  /** Casts to this client's host or topic. */
  public final S cast(RequestContext context) {
    return casts(new Sending(rpc, target, context, null));
  }

  /** Casts to every host of the topic. */
  public final S fanout(RequestContext context) {
    return casts(new Sending(rpc, Target.fanout(target.topic()), context, null));
  }
}
