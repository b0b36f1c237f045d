package io.github.flagstaff.runtime.rpc;

import io.github.flagstaff.syntax.ValueSyntax;

/**
 * RPC API versions as oslo.messaging compares them: {@code major.minor}, optionally {@code .rev}.
 */
public final class Versions {

  private Versions() {}

  /** Whether {@code version} is one, such as {@code 1.3}. */
  public static boolean valid(String version) {
    return parse(version) != null;
  }

  /**
   * Whether a side implementing {@code implemented} serves a request for {@code requested}: the
   * same major version and a minor version no higher (oslo's {@code version_is_compatible}).
   */
  public static boolean compatible(String implemented, String requested) {
    int[] have = parse(implemented);
    int[] want = parse(requested);
    return have != null && want != null && ValueSyntax.versionServes(have, want);
  }

  /**
   * Whether a client capped at {@code cap} (null: no cap) may send a message of {@code version}, as
   * oslo's {@code can_send_version}: with no cap, or one the version is {@link #compatible} with.
   */
  public static boolean canSend(String cap, String version) {
    return cap == null ? valid(version) : compatible(cap, version);
  }

  private static int[] parse(String version) {
    if (version == null) {
      return null;
    }
    try {
      return ValueSyntax.parseVersion(version);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
