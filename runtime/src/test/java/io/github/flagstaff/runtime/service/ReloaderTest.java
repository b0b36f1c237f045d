package io.github.flagstaff.runtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SIGHUP reloads: one at a time, on one thread, requests during a reload coalesced into one. */
class ReloaderTest {
  /** What the flagfiles say: each reload reads it when it starts. */
  private volatile int state;

  @Test
  void requestsDuringAReloadMakeOneMoreWhichSeesTheLatestState() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    LinkedBlockingQueue<Integer> seen = new LinkedBlockingQueue<>();
    List<Thread> threads = new ArrayList<>();
    Reloader reloader =
        Reloader.start(
            "test-reload",
            () -> {
              synchronized (threads) {
                threads.add(Thread.currentThread());
              }
              seen.add(state);
              firstStarted.countDown();
              try {
                releaseFirst.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    reloader.request();
    assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
    List<Thread> senders = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread sender =
          new Thread(
              () -> {
                for (int i = 0; i < 25; i++) {
                  synchronized (this) {
                    state++;
                  }
                  reloader.request();
                }
              });
      sender.start();
      senders.add(sender);
    }
    for (Thread sender : senders) {
      sender.join();
    }
    releaseFirst.countDown();
    assertEquals(0, seen.poll(10, TimeUnit.SECONDS));
    assertEquals(100, seen.poll(10, TimeUnit.SECONDS));
    state = 101;
    reloader.request();
    assertEquals(101, seen.poll(10, TimeUnit.SECONDS));
    assertTrue(seen.isEmpty(), seen.toString());
    assertEquals(3, threads.size());
    assertTrue(threads.stream().allMatch(thread -> thread == threads.get(0)));
    assertEquals("test-reload", threads.get(0).getName());
  }
}
