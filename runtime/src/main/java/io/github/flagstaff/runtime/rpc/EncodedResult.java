package io.github.flagstaff.runtime.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A method's result, ready to be written into a reply; a generated dispatcher returns one. */
public final class EncodedResult {

  /** The result of a {@code void} method: JSON null. */
  public static final EncodedResult VOID = new EncodedResult(JsonGenerator::writeNull);

  private final Json.Writer writer;

  private EncodedResult(Json.Writer writer) {
    this.writer = writer;
  }

  /** {@code value}, to be written with {@code codec}. */
  public static <T> EncodedResult of(JsonCodec<T> codec, T value) {
    return new EncodedResult(out -> codec.write(out, value));
  }

  void write(JsonGenerator out) throws IOException {
    writer.write(out);
  }
}
