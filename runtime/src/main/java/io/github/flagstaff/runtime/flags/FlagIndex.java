package io.github.flagstaff.runtime.flags;

import java.util.List;

/**
 * The flag sets one module declares. The processor generates one per module and registers it for
 * {@link java.util.ServiceLoader}, which is how {@link FlagRegistry#load()} finds every flag set on
 * the class path.
 */
public interface FlagIndex {

  /** The module's flag sets. */
  List<FlagSetDefinition<?>> flagSets();
}
