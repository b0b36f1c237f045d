package io.github.flagstaff.runtime.rpc;

import java.util.regex.Pattern;

/**
 * RPC API versions as oslo.messaging compares them: {@code major.minor}, optionally {@code .rev}.
 */
public final class Versions {
  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})(\\.(0|[1-9][0-9]{0,8}))?");

  private Versions() {}

  /** Whether {@code version} is one, such as {@code 1.3}. */
  public static boolean valid(String version) {
    return version != null && VERSION.matcher(version).matches();
  }

  /**
   * Whether a side implementing {@code implemented} serves a request for {@code requested}: the
   * same major version and a minor version no higher (oslo's {@code version_is_compatible}).
   */
  public static boolean compatible(String implemented, String requested) {
    if (!valid(implemented) || !valid(requested)) {
      return false;
    }
    String[] have = implemented.split("\\.");
    String[] want = requested.split("\\.");
    if (Integer.parseInt(have[0]) != Integer.parseInt(want[0])) {
      return false;
    }
    int haveMinor = Integer.parseInt(have[1]);
    int wantMinor = Integer.parseInt(want[1]);
    if (wantMinor != haveMinor) {
      return wantMinor < haveMinor;
    }
    int haveRev = have.length > 2 ? Integer.parseInt(have[2]) : 0;
    int wantRev = want.length > 2 ? Integer.parseInt(want[2]) : 0;
    return wantRev <= haveRev;
  }
}
