package io.github.flagstaff.runtime.rpc;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/** The arguments of one received message, decoded by name as a generated dispatcher asks. */
public final class RpcArguments {
  private final Map<String, byte[]> values;

  RpcArguments(Map<String, byte[]> values) {
    this.values = Map.copyOf(values);
  }

  /** The names of the arguments the message holds. */
  Set<String> names() {
    return values.keySet();
  }

  /**
   * The argument {@code name}, decoded with {@code codec}.
   *
   * @throws BadArgumentsException if it is missing or not of the codec's type
   */
  public <T> T get(String name, JsonCodec<T> codec) throws BadArgumentsException {
    byte[] json = values.get(name);
    if (json == null) {
      throw new BadArgumentsException("missing argument '" + name + "'");
    }
    try {
      return Json.read(json, codec);
    } catch (IOException | IllegalArgumentException e) {
      throw new BadArgumentsException("argument '" + name + "': " + e.getMessage());
    }
  }
}
