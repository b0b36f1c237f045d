package io.github.flagstaff.runtime.rpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The one JSON factory of the RPC layer, and small helpers around it. */
final class Json {
  static final JsonFactory FACTORY = new JsonFactory();

  /** Writes one JSON document. */
  interface Writer {
    void write(JsonGenerator out) throws IOException;
  }

  private Json() {}

  /** {@code writer}'s document as UTF-8 bytes. */
  static byte[] bytes(Writer writer) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    try (JsonGenerator out = FACTORY.createGenerator(buffer)) {
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /** The value {@code in} is on, copied as a document of its own. */
  static byte[] copyValue(JsonParser in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64);
    try (JsonGenerator out = FACTORY.createGenerator(buffer)) {
      out.copyCurrentStructure(in);
    }
    return buffer.toByteArray();
  }

  /** Reads the document {@code json} with {@code codec}. */
  static <T> T read(byte[] json, JsonCodec<T> codec) throws IOException {
    try (JsonParser in = FACTORY.createParser(json)) {
      in.nextToken();
      return codec.read(in);
    }
  }

  /** {@code writer}'s document as text. */
  static String text(Writer writer) {
    return new String(bytes(writer), StandardCharsets.UTF_8);
  }

  /** {@code value} as a JSON string literal. */
  static String quote(String value) {
    return text(out -> out.writeString(value));
  }

  /**
   * {@code raw} written compactly, checked to be exactly one JSON value.
   *
   * @throws IllegalArgumentException if it is not
   */
  static String normalize(String raw) {
    try (JsonParser in = FACTORY.createParser(raw)) {
      if (in.nextToken() == null) {
        throw new IllegalArgumentException("expected a JSON value, got nothing");
      }
      String text = text(out -> out.copyCurrentStructure(in));
      if (in.nextToken() != null) {
        throw new IllegalArgumentException("expected one JSON value, got more");
      }
      return text;
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("not a JSON value: " + e.getMessage(), e);
    }
  }

  /** Reads the document {@code json} with {@code codec}. */
  static <T> T read(String json, JsonCodec<T> codec) throws IOException {
    return read(json.getBytes(StandardCharsets.UTF_8), codec);
  }
}
