package io.github.flagstaff.runtime.flags;

import java.util.List;

/**
 * The flag sets one module declares. The processor generates one per module and registers it for
 * {@link java.util.ServiceLoader}, which is how {@link FlagRegistry#load()} finds every flag set on
 * the class path. Its flag sets come from {@link FlagData}; it binds their typed views and supplies
 * the constants of the enums their flags use.
 */
public interface FlagIndex {

  /** The module's flag sets. */
  List<FlagSetDefinition<?>> flagSets();

  /**
   * The typed view of the module's flag set number {@code flagSet}, over {@code values}: its flags'
   * values in declaration order, already checked against their types.
   */
  Object bind(int flagSet, Object[] values);

  /**
   * The constants of the enum number {@code enumType} in the data of the module's flag set number
   * {@code flagSet}, in declaration order.
   */
  Enum<?>[] enumConstants(int flagSet, int enumType);
}
