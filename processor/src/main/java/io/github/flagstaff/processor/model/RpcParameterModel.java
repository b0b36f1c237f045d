package io.github.flagstaff.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * One parameter of an {@code @Rpc} method.
 *
 * @param javaName its name in Java
 * @param wireName its name in a message's {@code args}
 * @param type its declared type
 * @param codec how it is encoded; null for the request context
 */
public record RpcParameterModel(String javaName, String wireName, TypeName type, CodecModel codec) {

  /** Whether this parameter receives the caller's request context rather than an argument. */
  public boolean isContext() {
    return codec == null;
  }
}
