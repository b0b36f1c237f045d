package io.github.flagstaff.runtime.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.flagstaff.runtime.rpc.JsonCodec;
import java.io.IOException;

/** JSON for web bodies: one factory, and reading a body that must be exactly one value. */
final class WebJson {
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build())
          .build();

  private WebJson() {}

  /**
   * The body as a {@code codec} value.
   *
   * @throws WebException.BadRequest naming {@code name} if it is not one such value
   */
  static <T> T read(byte[] body, JsonCodec<T> codec, String name) {
    if (body.length == 0) {
      throw new WebException.BadRequest("the request body (" + name + ") is missing");
    }
    try (JsonParser in = FACTORY.createParser(body)) {
      in.nextToken();
      T value = codec.read(in);
      if (in.nextToken() != null) {
        throw new IllegalArgumentException("more than one JSON value");
      }
      return value;
    } catch (IOException | IllegalArgumentException e) {
      throw new WebException.BadRequest(
          "the request body (" + name + ") is not valid: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
