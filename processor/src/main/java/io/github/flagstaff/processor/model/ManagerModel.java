package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One validated {@code @ServiceManager} class.
 *
 * @param type the manager class
 * @param topic its topic
 * @param isDefault whether it says it is its topic's default
 * @param constructorParameters what its chosen constructor takes, in order
 * @param tasks its periodic tasks
 * @param rpcMethods its {@code @Rpc} methods
 * @param rpcVersion the RPC API version it implements
 */
public record ManagerModel(
    ClassName type,
    String topic,
    boolean isDefault,
    List<InjectedParameter> constructorParameters,
    List<TaskModel> tasks,
    List<RpcMethodModel> rpcMethods,
    String rpcVersion) {

  /** Copies the lists. */
  public ManagerModel {
    constructorParameters = List.copyOf(constructorParameters);
    tasks = List.copyOf(tasks);
    rpcMethods = List.copyOf(rpcMethods);
  }

  /** The generated factory: {@code FlatManagerFactory}. */
  public ClassName factoryName() {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Factory");
  }
}
