package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;
import io.github.flagstaff.syntax.FlagNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One topic's service: its binary and managers.
 *
 * @param topic the topic
 * @param binary the program's name, such as {@code nova-network}
 * @param defaultManager the manager {@code --<topic>_manager} names when not given
 * @param managers every manager of the topic, the default included
 */
public record ServiceModel(
    String topic, String binary, ManagerModel defaultManager, List<ManagerModel> managers) {

  /** Copies the managers. */
  public ServiceModel {
    managers = List.copyOf(managers);
  }

  /** The flag that picks the manager: {@code network_manager}. */
  public String managerFlag() {
    return topic + "_manager";
  }

  /**
   * The flag that caps the API version of the client's messages: {@code upgrade_levels_network}.
   */
  public String upgradeLevelsFlag() {
    return FlagNames.upgradeLevelsFlag(topic);
  }

  /** The generated main class: {@code NovaNetworkMain}, in the default manager's package. */
  public ClassName mainName() {
    return ClassName.get(defaultManager.type().packageName(), upperCamel(binary) + "Main");
  }

  /** The generated client: {@code ComputeClient} for the topic {@code compute}. */
  public ClassName clientName() {
    return ClassName.get(defaultManager.type().packageName(), upperCamel(topic) + "Client");
  }

  /** Every {@code @Rpc} method of the topic's managers, each name once. */
  public List<RpcMethodModel> rpcMethods() {
    Map<String, RpcMethodModel> methods = new LinkedHashMap<>();
    for (ManagerModel manager : managers) {
      for (RpcMethodModel method : manager.rpcMethods()) {
        methods.putIfAbsent(method.wireName(), method);
      }
    }
    return List.copyOf(methods.values());
  }

  /**
   * {@code nova-exampleservice} becomes {@code NovaExampleservice}; {@code acme_foo}, {@code
   * AcmeFoo}.
   */
  public static String upperCamel(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("[-_.]")) {
      if (!part.isEmpty()) {
        out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
