package io.github.flagstaff.runtime.flags;

import java.util.List;

/**
 * A flag set: an interface with {@code @Flag} methods and its flags' descriptors. The processor
 * writes each flag set's flags as data, which {@link FlagData} makes into a definition.
 *
 * @param <T> the flag set interface
 */
public interface FlagSetDefinition<T> {

  /** The flag set interface; null for a flag set the processor knows only as data. */
  Class<T> type();

  /** The interface's qualified name, which help uses as the group heading. */
  String name();

  /** The flags the interface declares, in declaration order; the same descriptors at every call. */
  List<FlagDescriptor<?>> flags();

  /** A view of {@code values} through the interface. */
  T bind(FlagValues values);
}
