package io.github.flagstaff.runtime.web;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.service.Manager;
import io.github.flagstaff.runtime.service.ManagerFactory;
import io.github.flagstaff.runtime.service.ServiceContext;
import io.github.flagstaff.runtime.service.ServiceDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A web binary as a service: launched, stopped, reloaded and reported to the service store like
 * every other, its one manager a {@link WebManager} serving the binary's APIs. Generated {@code
 * Nova<Binary>Main} classes define theirs through {@link #definition}.
 */
public final class WebService {

  private WebService() {}

  /**
   * The service {@code binary}, run by {@code main}, reporting under {@code topic} and serving
   * {@code apis}.
   */
  public static ServiceDefinition definition(
      String topic, String binary, Class<?> main, List<WebApiFactory> apis) {
    return ServiceDefinition.builder(topic, binary, main)
        .manager(new Factory(List.copyOf(apis)))
        .noManagerFlag()
        .build();
  }

  /** Creates the {@link WebManager}. */
  private static final class Factory extends ManagerFactory {
    private final List<WebApiFactory> apis;

    Factory(List<WebApiFactory> apis) {
      super(WebManager.class.getName(), flagSets(apis));
      this.apis = apis;
    }

    private static List<Class<?>> flagSets(List<WebApiFactory> apis) {
      Set<Class<?>> sets = new LinkedHashSet<>();
      sets.add(WebFlags.class);
      for (WebApiFactory api : apis) {
        sets.addAll(api.flagSets());
      }
      return new ArrayList<>(sets);
    }

    @Override
    public Manager create(FlagValues values, ServiceContext context) {
      return new WebManager(apis, values, context);
    }
  }
}
