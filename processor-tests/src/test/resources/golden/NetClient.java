package test.net;

import io.github.flagstaff.runtime.flags.FlagData;
import io.github.flagstaff.runtime.rpc.ArgumentList;
import io.github.flagstaff.runtime.rpc.Codecs;
import io.github.flagstaff.runtime.rpc.JsonCodec;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.Sending;
import io.github.flagstaff.runtime.rpc.Target;
import io.github.flagstaff.runtime.rpc.TopicClient;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Calls the net service: each {@code @Rpc} method of its managers as a call, a cast, or a cast
 * to every host (fan-out), sent to any host of the topic or to one.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class NetClient extends TopicClient<NetClient, NetClient.Calls, NetClient.Casts> {
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

  private NetClient(RpcClient rpc, Target target) {
    super(rpc, target);
  }

  /**
   * A client sending to any host of the topic, through {@code rpc}.
   */
  public static NetClient of(RpcClient rpc) {
    return new NetClient(rpc, Target.topic(TOPIC));
  }

  @Override
  protected NetClient client(RpcClient rpc, Target target) {
    return new NetClient(rpc, target);
  }

  @Override
  protected Calls calls(Sending sending) {
    return new Calls(sending);
  }

  @Override
  protected Casts casts(Sending sending) {
    return new Casts(sending);
  }

  /**
   * Calls that wait for the result, within their timeout.
   */
  public static final class Calls {
    private final Sending sending;

    private Calls(Sending sending) {
      this.sending = sending;
    }

    /**
     * Calls {@code allocate} and waits for its result.
     */
    public Lease allocate(String project, int count) {
      return sending.call("allocate", ArgumentList.NONE.put("project", Codecs.STRING, project)
          .put("count", Codecs.INT, count), LeaseJsonCodec.INSTANCE);
    }

    /**
     * Calls {@code release} and waits for its result.
     * API version 1.2.
     */
    public void release(Lease lease) {
      sending.call("release", "1.2", null, ArgumentList.NONE
          .put("lease", LeaseJsonCodec.INSTANCE, lease), Codecs.VOID);
    }

    /**
     * Calls {@code usage} and waits for its result.
     * API version 1.3, namespace stats.
     */
    public Map<String, Long> usage() {
      return sending.call("usage", "1.3", "stats", ArgumentList.NONE, MAP_OF_NULLABLE_LONG);
    }
  }

  /**
   * Casts, which send and do not wait.
   */
  public static final class Casts {
    private final Sending sending;

    private Casts(Sending sending) {
      this.sending = sending;
    }

    /**
     * Casts {@code allocate}, without waiting.
     */
    public void allocate(String project, int count) {
      sending.cast("allocate", ArgumentList.NONE.put("project", Codecs.STRING, project)
          .put("count", Codecs.INT, count));
    }

    /**
     * Casts {@code release}, without waiting.
     * API version 1.2.
     */
    public void release(Lease lease) {
      sending.cast("release", "1.2", null, ArgumentList.NONE
          .put("lease", LeaseJsonCodec.INSTANCE, lease));
    }

    /**
     * Casts {@code usage}, without waiting.
     * API version 1.3, namespace stats.
     */
    public void usage() {
      sending.cast("usage", "1.3", "stats", ArgumentList.NONE);
    }
  }
}
