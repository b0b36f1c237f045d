package io.github.flagstaff.index;

import io.github.flagstaff.runtime.flags.FlagData;
import io.github.flagstaff.runtime.flags.FlagIndex;
import io.github.flagstaff.runtime.flags.FlagSetDefinition;
import io.github.flagstaff.syntax.GeneratedIndex;
import java.util.List;
import javax.annotation.processing.Generated;
import test.ServerFlags;
import test.ServerFlagsValues;

/**
 * The flag sets of one module, found by {@link java.util.ServiceLoader}.
 */
@GeneratedIndex("test.ServerFlags")
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class FlagIndex_test implements FlagIndex {
  @Override
  public List<FlagSetDefinition<?>> flagSets() {
    return List.of(new FlagSetDefinition<?>[] {
        FlagData.flagSet(this, 0, ServerFlags.class, ServerFlagsValues.FLAGS)});
  }

  @Override
  public Object bind(int flagSet, Object[] values) {
    return switch (flagSet) {
      case 0 -> ServerFlagsValues.of(values);
      default -> throw new IllegalArgumentException("no flag set " + flagSet);
    };
  }

  @Override
  public Enum<?>[] enumConstants(int flagSet, int enumType) {
    return switch (flagSet) {
      case 0 -> ServerFlagsValues.enumConstants(enumType);
      default -> throw new IllegalArgumentException("no enums in flag set " + flagSet);
    };
  }
}
