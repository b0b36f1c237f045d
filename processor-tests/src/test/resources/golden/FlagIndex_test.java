package io.github.flagstaff.index;

import io.github.flagstaff.runtime.flags.FlagIndex;
import io.github.flagstaff.runtime.flags.FlagSetDefinition;
import io.github.flagstaff.syntax.GeneratedIndex;
import java.util.List;
import javax.annotation.processing.Generated;
import test.ServerFlagsTable;

/**
 * The flag sets of one module, found by {@link java.util.ServiceLoader}.
 */
@GeneratedIndex("test.ServerFlags")
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class FlagIndex_test implements FlagIndex {
  @Override
  public List<FlagSetDefinition<?>> flagSets() {
    return List.of(new ServerFlagsTable());
  }
}
