package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One validated {@code @WebApi} class.
 *
 * @param type the class
 * @param name the API's name, the prefix of its flags
 * @param port the default of {@code --<name>_listen_port}
 * @param binary the program serving it
 * @param constructorParameters what its constructor takes, in order
 * @param routes its routes, in declaration order
 */
public record WebApiModel(
    ClassName type,
    String name,
    int port,
    String binary,
    List<InjectedParameter> constructorParameters,
    List<WebRouteModel> routes) {

  /** Copies the lists. */
  public WebApiModel {
    constructorParameters = List.copyOf(constructorParameters);
    routes = List.copyOf(routes);
  }

  /** The generated router: {@code ServersApiRouter}. */
  public ClassName routerName() {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Router");
  }
}
