package mymodule.api;

/**
 * The body of {@code POST /v2/servers}: {@code {"server": {"name": "vm-1", "memory_mb": 512}}}.
 *
 * @param server the server to boot
 */
public record ServerRequest(Spec server) {

  /**
   * What to boot.
   *
   * @param name the instance's name
   * @param memoryMb its memory, in MB
   */
  public record Spec(String name, Integer memoryMb) {}
}
