package mymodule.compute;

/**
 * A virtual machine as compute reports it; travels over RPC as JSON.
 *
 * @param name the instance's name
 * @param host the compute host it runs on
 * @param memoryMb its memory
 * @param state whether it runs
 */
public record Instance(String name, String host, int memoryMb, State state) {

  /** An instance's state. */
  public enum State {
    RUNNING,
    STOPPED
  }
}
