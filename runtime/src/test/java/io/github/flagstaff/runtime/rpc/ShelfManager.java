package io.github.flagstaff.runtime.rpc;

import io.github.flagstaff.Rpc;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.service.Manager;
import java.util.concurrent.atomic.AtomicInteger;

/** A manager of API version 1.3 whose methods appeared in several versions, one in a namespace. */
@ServiceManager(topic = "shelf", rpcVersion = "1.3")
public class ShelfManager extends Manager {
  private final AtomicInteger books = new AtomicInteger(3);

  @Rpc
  public int count() {
    return books.get();
  }

  @Rpc(since = "1.2")
  public int shelve(int more) {
    return books.addAndGet(more);
  }

  @Rpc(since = "1.3")
  public void clear() {
    books.set(0);
  }

  @Rpc(since = "1.1", namespace = "baseapi")
  public String ping(String text) {
    return "pong " + text;
  }
}
