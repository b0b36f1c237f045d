package io.github.flagstaff.runtime.rpc;

import io.github.flagstaff.Rpc;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.service.Manager;
import io.github.flagstaff.runtime.service.ServiceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A manager whose {@code @Rpc} methods exercise every path of the RPC layer. */
@ServiceManager(topic = "calc")
public class CalcManager extends Manager {
  /** Casts received, by host. */
  static final Map<String, AtomicInteger> PINGS = new ConcurrentHashMap<>();

  /** Held by {@link #slow}: it runs until the test releases it. */
  static volatile CountDownLatch release = new CountDownLatch(0);

  /** Counted down when {@link #slow} has started. */
  static volatile CountDownLatch slowStarted = new CountDownLatch(1);

  private final ServiceContext context;

  public CalcManager(ServiceContext context) {
    this.context = context;
  }

  @Rpc
  public int add(int a, int b) {
    return a + b;
  }

  @Rpc
  public String whoami() {
    return context.host();
  }

  @Rpc
  public String echo(RequestContext request, String text) {
    return request.user() + "@" + request.project() + " " + request.requestId() + ": " + text;
  }

  @Rpc
  public List<Point> mirror(List<Point> points, Map<String, Integer> shift) {
    int dx = shift.getOrDefault("x", 0);
    return points.stream().map(p -> new Point(-p.x() + dx, p.y(), p.label())).toList();
  }

  @Rpc
  public Specimen same(Specimen specimen) {
    return specimen;
  }

  @Rpc
  public void ping() {
    PINGS.computeIfAbsent(context.host(), h -> new AtomicInteger()).incrementAndGet();
  }

  @Rpc
  public void fail(String message) {
    throw new IllegalStateException(message);
  }

  /** Set when {@link #slow} returns. */
  static volatile boolean slowFinished;

  @Rpc
  public String slow() throws InterruptedException {
    slowStarted.countDown();
    release.await();
    slowFinished = true;
    return "slow done on " + context.host();
  }

  /** Public but not {@code @Rpc}: not callable remotely. */
  public String notRemote() {
    return "should not be reachable";
  }
}
