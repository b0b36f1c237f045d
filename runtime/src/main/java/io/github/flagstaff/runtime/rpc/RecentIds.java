package io.github.flagstaff.runtime.rpc;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * The last {@value #SIZE} {@code _unique_id}s seen, to drop a message the broker delivered twice,
 * as oslo.messaging's {@code _MsgIdCache} does (its window is as small).
 */
final class RecentIds {
  static final int SIZE = 16;

  private final ArrayDeque<String> order = new ArrayDeque<>(SIZE);
  private final Set<String> ids = new HashSet<>();

  /** Remembers {@code id}; false if it is among the last {@value #SIZE} already. */
  synchronized boolean add(String id) {
    if (!ids.add(id)) {
      return false;
    }
    if (order.size() == SIZE) {
      ids.remove(order.removeFirst());
    }
    order.addLast(id);
    return true;
  }
}
