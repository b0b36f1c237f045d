package mymodule.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import mymodule.compute.Instance;

/**
 * A server as the API shows it.
 *
 * @param id its id: a name-based UUID of host and name, stable across listings
 * @param name its name
 * @param host the compute host it runs on
 * @param memoryMb its memory, in MB
 * @param state whether it runs
 */
public record Server(String id, String name, String host, int memoryMb, Instance.State state) {

  /** The server of an instance compute reported. */
  static Server of(Instance instance) {
    return new Server(
        idOf(instance.host(), instance.name()).toString(),
        instance.name(),
        instance.host(),
        instance.memoryMb(),
        instance.state());
  }

  /** The id of the instance {@code name} on {@code host}. */
  static UUID idOf(String host, String name) {
    return UUID.nameUUIDFromBytes((host + "/" + name).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code {"server": {...}}}.
   *
   * @param server the server
   */
  public record One(Server server) {}

  /**
   * {@code {"servers": [...]}}.
   *
   * @param servers the servers
   */
  public record Many(java.util.List<Server> servers) {}
}
