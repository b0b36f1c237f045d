package test.net;

import java.util.List;
import java.util.Optional;

public record Lease(String address, int vlanId, Optional<String> note, List<Kind> kinds) {
  public enum Kind { FIXED, FLOATING }
}
