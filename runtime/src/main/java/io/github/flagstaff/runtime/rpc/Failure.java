package io.github.flagstaff.runtime.rpc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * A failure as oslo.messaging serializes it into a reply: the exception's class and module names
 * and its message (with an empty traceback: no Java stack trace goes on the wire).
 *
 * @param type the exception's class name, such as {@code NoSuchMethod} or {@code
 *     IllegalStateException}
 * @param module where it is defined, such as {@code oslo_messaging.rpc.dispatcher} or {@code
 *     java.lang}
 * @param message its message
 */
record Failure(String type, String module, String message) {
  /** The module of oslo's dispatch errors, {@code NoSuchMethod} and {@code UnsupportedVersion}. */
  static final String OSLO_DISPATCHER = "oslo_messaging.rpc.dispatcher";

  /** The module of failures Flagstaff's RPC layer reports itself. */
  static final String FLAGSTAFF = "io.github.flagstaff.runtime.rpc";

  /** A method threw {@code thrown}. */
  static Failure of(Throwable thrown) {
    Class<?> type = thrown.getClass();
    String name = type.getName();
    String simple = name.substring(name.lastIndexOf('.') + 1);
    String module = type.getPackageName();
    return new Failure(simple, module, String.valueOf(thrown.getMessage()));
  }

  /** oslo's answer to a method no endpoint has. */
  static Failure noSuchMethod(String method) {
    return new Failure(
        "NoSuchMethod", OSLO_DISPATCHER, "Endpoint does not support RPC method " + method);
  }

  /** oslo's answer to a version or namespace no endpoint serves. */
  static Failure unsupportedVersion(String version, String method) {
    return new Failure(
        "UnsupportedVersion",
        OSLO_DISPATCHER,
        "Endpoint does not support RPC version " + version + ". Attempted method: " + method);
  }

  /** A failure of Flagstaff's own RPC layer, such as {@code BadArguments}. */
  static Failure flagstaff(String type, String message) {
    return new Failure(type, FLAGSTAFF, message);
  }

  /** The JSON text oslo puts in a reply's {@code failure}. */
  String serialize() {
    return Json.text(
        out -> {
          out.writeStartObject();
          out.writeStringField("class", type);
          out.writeStringField("module", module);
          out.writeStringField("message", message);
          out.writeArrayFieldStart("tb");
          out.writeEndArray();
          out.writeArrayFieldStart("args");
          out.writeString(message);
          out.writeEndArray();
          out.writeObjectFieldStart("kwargs");
          out.writeEndObject();
          out.writeEndObject();
        });
  }

  /**
   * Reads a reply's {@code failure} text; its traceback, if any, is not kept.
   *
   * @throws IllegalArgumentException if it is not a JSON object
   */
  static Failure parse(String text) throws IOException {
    String type = null;
    String module = null;
    String message = null;
    try (JsonParser in = Json.FACTORY.createParser(text)) {
      Messages.expect(in.nextToken() == JsonToken.START_OBJECT, "\"failure\" to hold an object");
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        JsonToken value = in.nextToken();
        String string = value == JsonToken.VALUE_STRING ? in.getText() : null;
        switch (field) {
          case "class" -> type = string;
          case "module" -> module = string;
          case "message" -> message = string;
          default -> in.skipChildren();
        }
      }
    }
    return new Failure(
        type == null ? "RemoteError" : type,
        module == null ? "" : module,
        message == null ? "" : message);
  }
}
