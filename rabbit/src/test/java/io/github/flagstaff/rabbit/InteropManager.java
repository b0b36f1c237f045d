package io.github.flagstaff.rabbit;

import io.github.flagstaff.Rpc;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.service.Manager;
import io.github.flagstaff.runtime.service.ServiceContext;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The Flagstaff side of the oslo.messaging interoperability tests: the same API as oslo_server.py,
 * at API version 1.2.
 */
@ServiceManager(topic = "interop", rpcVersion = "1.2")
public class InteropManager extends Manager {
  /** What {@link #record} received, as {@code host:text}. */
  static final BlockingQueue<String> RECORDED = new LinkedBlockingQueue<>();

  private final ServiceContext context;

  public InteropManager(ServiceContext context) {
    this.context = context;
  }

  @Rpc
  public String hello(String name) {
    return "hello " + name + " from flagstaff " + context.host();
  }

  /** The context as it arrived: each key with its raw JSON value. */
  @Rpc
  public Map<String, String> context(RequestContext request) {
    return request.rawValues();
  }

  @Rpc
  public void fail(String message) {
    throw new IllegalStateException(message);
  }

  @Rpc
  public void record(String text) {
    RECORDED.add(context.host() + ":" + text);
  }

  @Rpc
  public int sleep(int seconds) throws InterruptedException {
    Thread.sleep(seconds * 1000L);
    return seconds;
  }
}
