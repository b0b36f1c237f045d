package mymodule.scheduler;

/** Nova's {@code NoValidHost}: no compute service is up and enabled to take the instance. */
public class NoValidHost extends RuntimeException {

  public NoValidHost(String reason) {
    super("No valid host was found. " + reason);
  }
}
