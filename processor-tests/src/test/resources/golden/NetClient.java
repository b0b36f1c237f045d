package test.net;

import io.github.flagstaff.runtime.flags.FlagData;
import io.github.flagstaff.runtime.rpc.Codecs;
import io.github.flagstaff.runtime.rpc.JsonCodec;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.Target;
import java.time.Duration;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Calls the net service: each {@code @Rpc} method of its managers as a call, a cast, or a cast
 * to every host (fan-out), sent to any host of the topic or to one.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class NetClient {
  /**
   * The topic this client calls.
   */
  public static final String TOPIC = "net";

  /**
   * The flag {@code --upgrade_levels_net}, as {@link FlagData} reads it.
   */
  public static final String UPGRADE_LEVELS_FLAG = "test.net.NetClient\n"
      + "upgrade_levels_net\toptional version\tHighest RPC API version NetClient sends, such as 1.2, during a rolling upgrade (Nova's [upgrade_levels] net); unset for no cap\n";

  private static final JsonCodec<Map<String, Long>> MAP_OF_NULLABLE_LONG = Codecs.mapOf(Codecs.nullable(Codecs.LONG));

  private final RpcClient rpc;

  private final Target target;

  private NetClient(RpcClient rpc, Target target) {
    this.rpc = rpc;
    this.target = target;
  }

  /**
   * A client sending to any host of the topic, through {@code rpc}.
   */
  public static NetClient of(RpcClient rpc) {
    return new NetClient(rpc, Target.topic(TOPIC));
  }

  /**
   * This client, sending to the host {@code host} only.
   */
  public NetClient onHost(String host) {
    return new NetClient(rpc, Target.host(TOPIC, host));
  }

  /**
   * Whether messages of API {@code version}, such as {@code "1.2"}, may be sent: whether
   * {@code --upgrade_levels_net} is unset, or of that major version and a minor no lower. During a
   * rolling upgrade, a caller falls back to an older method when not.
   */
  public boolean canSendVersion(String version) {
    return rpc.canSendVersion(TOPIC, version);
  }

  /**
   * Calls that wait up to {@code --rpc_response_timeout}.
   */
  public Calls call(RequestContext context) {
    return new Calls(context, rpc.defaultTimeout());
  }

  /**
   * Calls that wait up to {@code timeout}.
   */
  public Calls call(RequestContext context, Duration timeout) {
    return new Calls(context, timeout);
  }

  /**
   * Casts to this client's host or topic.
   */
  public Casts cast(RequestContext context) {
    return new Casts(context, target);
  }

  /**
   * Casts to every host of the topic.
   */
  public Casts fanout(RequestContext context) {
    return new Casts(context, Target.fanout(TOPIC));
  }

  /**
   * Calls that wait for the result, within their timeout.
   */
  public final class Calls {
    private final RequestContext context;

    private final Duration timeout;

    private Calls(RequestContext context, Duration timeout) {
      this.context = context;
      this.timeout = timeout;
    }

    /**
     * Calls {@code allocate} and waits for its result.
     */
    public Lease allocate(String project, int count) {
      return rpc.call(target, context, timeout, "allocate", arguments -> arguments
          .put("project", Codecs.STRING, project).put("count", Codecs.INT, count),
          LeaseJsonCodec.INSTANCE);
    }

    /**
     * Calls {@code release} and waits for its result.
     * API version 1.2.
     */
    public void release(Lease lease) {
      rpc.call(target, context, timeout, "release", "1.2", arguments -> arguments
          .put("lease", LeaseJsonCodec.INSTANCE, lease), Codecs.VOID);
    }

    /**
     * Calls {@code usage} and waits for its result.
     * API version 1.3, namespace stats.
     */
    public Map<String, Long> usage() {
      return rpc.call(target, context, timeout, "usage", "1.3", "stats", arguments -> {},
          MAP_OF_NULLABLE_LONG);
    }
  }

  /**
   * Casts, which send and do not wait.
   */
  public final class Casts {
    private final RequestContext context;

    private final Target to;

    private Casts(RequestContext context, Target to) {
      this.context = context;
      this.to = to;
    }

    /**
     * Casts {@code allocate}, without waiting.
     */
    public void allocate(String project, int count) {
      rpc.cast(to, context, "allocate", arguments -> arguments
          .put("project", Codecs.STRING, project).put("count", Codecs.INT, count));
    }

    /**
     * Casts {@code release}, without waiting.
     * API version 1.2.
     */
    public void release(Lease lease) {
      rpc.cast(to, context, "release", "1.2", arguments -> arguments
          .put("lease", LeaseJsonCodec.INSTANCE, lease));
    }

    /**
     * Casts {@code usage}, without waiting.
     * API version 1.3, namespace stats.
     */
    public void usage() {
      rpc.cast(to, context, "usage", "1.3", "stats", arguments -> {});
    }
  }
}
