package io.github.flagstaff.index;

import io.github.flagstaff.runtime.service.ServiceDefinition;
import io.github.flagstaff.runtime.service.ServiceIndex;
import io.github.flagstaff.syntax.GeneratedIndex;
import java.util.List;
import javax.annotation.processing.Generated;
import test.net.NovaNetMain;

/**
 * The services of one module, found by {@link java.util.ServiceLoader}.
 */
@GeneratedIndex("test.net.NovaNetMain")
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class ServiceIndex_test_net implements ServiceIndex {
  @Override
  public List<ServiceDefinition> services() {
    return List.of(new ServiceDefinition[] {
        NovaNetMain.SERVICE});
  }
}
