package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A program serving web APIs, such as {@code nova-api}.
 *
 * @param binary the program's name
 * @param topic the topic of its service record: the binary without {@code nova-}
 * @param apis the APIs it serves
 */
public record WebBinaryModel(String binary, String topic, List<WebApiModel> apis) {

  /** Copies the APIs. */
  public WebBinaryModel {
    apis = List.copyOf(apis);
  }

  /** The generated main class: {@code NovaApiMain}, in the first API's package. */
  public ClassName mainName() {
    return ClassName.get(
        apis.get(0).type().packageName(), ServiceModel.upperCamel(binary) + "Main");
  }
}
