package io.github.flagstaff.rabbit;

import io.github.flagstaff.Rpc;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.service.Manager;
import io.github.flagstaff.runtime.service.ServiceContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** A manager for the RabbitMQ tests. */
@ServiceManager(topic = "rabbit_test")
public class PingManager extends Manager {
  /** What {@link #record} received, as {@code host:value}. */
  static final List<String> RECORDED = new CopyOnWriteArrayList<>();

  /** Counted down each time {@link #hang} starts. */
  static volatile CountDownLatch hanging = new CountDownLatch(1);

  /** What {@link #hang} waits for. */
  static volatile CountDownLatch release = new CountDownLatch(1);

  private final ServiceContext context;

  public PingManager(ServiceContext context) {
    this.context = context;
  }

  @Rpc
  public String hello(String name) {
    return "hello " + name + " from " + context.host();
  }

  @Rpc
  public void record(String value) {
    RECORDED.add(context.host() + ":" + value);
  }

  @Rpc
  public String repeat(String text, int times) {
    return text.repeat(times);
  }

  @Rpc
  public void hang() throws InterruptedException {
    hanging.countDown();
    release.await();
  }
}
