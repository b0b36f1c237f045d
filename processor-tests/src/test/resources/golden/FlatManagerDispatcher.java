package test.net;

import io.github.flagstaff.runtime.rpc.Codecs;
import io.github.flagstaff.runtime.rpc.EncodedResult;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcArguments;
import io.github.flagstaff.runtime.rpc.RpcDispatcher;
import io.github.flagstaff.runtime.rpc.UnknownMethodException;
import javax.annotation.processing.Generated;

/**
 * Calls the {@code @Rpc} methods of {@link FlatManager} by name, without reflection.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class FlatManagerDispatcher implements RpcDispatcher {
  private final FlatManager manager;

  public FlatManagerDispatcher(FlatManager manager) {
    this.manager = manager;
  }

  @Override
  public EncodedResult dispatch(String method, RpcArguments arguments, RequestContext context)
      throws Exception {
    switch (method) {
      case "allocate":
        return EncodedResult.of(LeaseJsonCodec.INSTANCE, manager.allocate(context,
            arguments.get("project", Codecs.STRING), arguments.get("count", Codecs.INT)));
      case "release":
        manager.release(arguments.get("lease", LeaseJsonCodec.INSTANCE));
        return EncodedResult.VOID;
      case "usage":
        return EncodedResult.of(Codecs.mapOf(Codecs.nullable(Codecs.LONG)), manager.usage());
      default:
        throw new UnknownMethodException(method);
    }
  }
}
