package io.github.flagstaff.runtime.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** The arguments of an outgoing message, as a generated client writes them. */
public final class Arguments {
  private final JsonGenerator out;

  Arguments(JsonGenerator out) {
    this.out = out;
  }

  /** Writes the argument {@code name}. */
  public <T> Arguments put(String name, JsonCodec<T> codec, T value) throws IOException {
    out.writeFieldName(name);
    codec.write(out, value);
    return this;
  }

  /** What a generated client passes to write a message's arguments. */
  @FunctionalInterface
  public interface Writer {
    /** Writes every argument to {@code arguments}. */
    void write(Arguments arguments) throws IOException;
  }
}
