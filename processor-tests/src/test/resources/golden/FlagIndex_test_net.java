package io.github.flagstaff.index;

import io.github.flagstaff.runtime.flags.FlagData;
import io.github.flagstaff.runtime.flags.FlagIndex;
import io.github.flagstaff.runtime.flags.FlagSetDefinition;
import io.github.flagstaff.syntax.GeneratedIndex;
import java.util.List;
import javax.annotation.processing.Generated;
import test.net.BridgeFlags;
import test.net.BridgeFlagsValues;
import test.net.NetClient;
import test.net.NovaNetMain;

/**
 * The flag sets of one module, found by {@link java.util.ServiceLoader}.
 */
@GeneratedIndex({
    "test.net.BridgeFlags",
    "test.net.NovaNetMain",
    "test.net.NetClient"
})
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class FlagIndex_test_net implements FlagIndex {
  @Override
  public List<FlagSetDefinition<?>> flagSets() {
    return List.of(new FlagSetDefinition<?>[] {
        FlagData.flagSet(this, 0, BridgeFlags.class, BridgeFlagsValues.FLAGS),
        FlagData.serviceFlags(NovaNetMain.class, NovaNetMain.MANAGER_FLAG),
        FlagData.serviceFlags(NetClient.class, NetClient.UPGRADE_LEVELS_FLAG)});
  }

  @Override
  public Object bind(int flagSet, Object[] values) {
    return switch (flagSet) {
      case 0 -> new BridgeFlagsValues((String) values[0]);
      default -> throw new IllegalArgumentException("no flag set " + flagSet);
    };
  }

  @Override
  public Enum<?>[] enumConstants(int flagSet, int enumType) {
    throw new IllegalArgumentException("no enums in flag set " + flagSet);
  }
}
