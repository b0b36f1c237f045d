package io.github.flagstaff.runtime.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Writes and reads one Java type as JSON with Jackson's streaming API. {@link Codecs} has the
 * built-in ones; the processor generates one per record used in an {@code @Rpc} signature.
 *
 * @param <T> the Java type
 */
public interface JsonCodec<T> {

  /** Writes {@code value}. */
  void write(JsonGenerator out, T value) throws IOException;

  /**
   * Reads a value whose first token {@code in} is on, leaving it on the value's last token.
   *
   * @throws IllegalArgumentException when the JSON is not a value of this type; the message says
   *     what was expected
   */
  T read(JsonParser in) throws IOException;
}
