package io.github.flagstaff.runtime.rpc;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.syntax.FlagNames;
import java.util.Optional;

/**
 * The highest RPC API version a client may send to each topic, during a rolling upgrade: Nova's
 * {@code [upgrade_levels]}, here the flags {@code --upgrade_levels_<topic>}.
 */
@FunctionalInterface
public interface VersionCaps {

  /** No cap on any topic. */
  VersionCaps NONE = topic -> null;

  /** The cap of {@code topic}, such as {@code 1.2}; null when it has none. */
  String capOf(String topic);

  /** The caps the flags {@code --upgrade_levels_<topic>} of {@code values} set. */
  static VersionCaps of(FlagValues values) {
    return topic ->
        values.get(FlagNames.upgradeLevelsFlag(topic), Optional.empty()) instanceof Optional<?> cap
            ? (String) cap.orElse(null)
            : null;
  }
}
