package io.github.flagstaff.runtime.rpc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A record of every kind of RPC type, whose generated codec {@link JsonCodecFuzzTest} attacks. */
public record Specimen(
    int number,
    long big,
    short small,
    byte tiny,
    double ratio,
    float rough,
    char letter,
    boolean flag,
    Integer boxed,
    String text,
    Mode mode,
    List<String> names,
    Map<String, Long> counts,
    Optional<Double> maybe,
    Point point,
    List<Optional<Point>> points,
    Map<String, List<Mode>> modes) {

  /** An enum component. */
  public enum Mode {
    ON,
    OFF
  }
}
