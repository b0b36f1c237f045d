package io.github.flagstaff.runtime.rpc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The wire format, after Nova's: a request is {@code {"method": ..., "args": {...}, "_msg_id": ...,
 * "_reply_to": ..., "_context_request_id": ..., "_context_user": ..., "_context_project": ...}}
 * ({@code _msg_id} and {@code _reply_to} only for a call); a reply is {@code {"_msg_id": ...,
 * "result": ...}} or {@code {"_msg_id": ..., "failure": {"type": ..., "message": ...}}}.
 */
final class Messages {

  /** A decoded request. */
  record Request(
      String method,
      String msgId,
      String replyTo,
      RequestContext context,
      RpcArguments arguments) {}

  /** A decoded reply: {@code result} is the raw JSON value when {@code failureType} is null. */
  record Reply(String msgId, byte[] result, String failureType, String failureMessage) {}

  private Messages() {}

  static byte[] request(
      String method,
      String msgId,
      String replyTo,
      RequestContext context,
      Arguments.Writer arguments) {
    return Json.bytes(
        out -> {
          out.writeStartObject();
          out.writeStringField("method", method);
          if (msgId != null) {
            out.writeStringField("_msg_id", msgId);
            out.writeStringField("_reply_to", replyTo);
          }
          out.writeStringField("_context_request_id", context.requestId());
          out.writeStringField("_context_user", context.user());
          out.writeStringField("_context_project", context.project());
          out.writeFieldName("args");
          out.writeStartObject();
          arguments.write(new Arguments(out));
          out.writeEndObject();
          out.writeEndObject();
        });
  }

  /**
   * Decodes a request.
   *
   * @throws IOException or {@link IllegalArgumentException} when it is not one
   */
  static Request parseRequest(byte[] message) throws IOException {
    String method = null;
    String msgId = null;
    String replyTo = null;
    String requestId = "";
    String user = "";
    String project = "";
    Map<String, byte[]> arguments = null;
    try (JsonParser in = Json.FACTORY.createParser(message)) {
      expect(in.nextToken() == JsonToken.START_OBJECT, "a JSON object");
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        in.nextToken();
        switch (field) {
          case "method" -> method = Codecs.STRING.read(in);
          case "_msg_id" -> msgId = Codecs.STRING.read(in);
          case "_reply_to" -> replyTo = Codecs.STRING.read(in);
          case "_context_request_id" -> requestId = Codecs.STRING.read(in);
          case "_context_user" -> user = Codecs.STRING.read(in);
          case "_context_project" -> project = Codecs.STRING.read(in);
          case "args" -> arguments = arguments(in);
          default -> in.skipChildren();
        }
      }
    }
    expect(method != null, "a \"method\"");
    expect(arguments != null, "\"args\"");
    expect((msgId == null) == (replyTo == null), "both \"_msg_id\" and \"_reply_to\", or neither");
    return new Request(
        method,
        msgId,
        replyTo,
        new RequestContext(requestId, user, project),
        new RpcArguments(arguments));
  }

  /**
   * Like {@link #parseRequest}, but only the {@code _msg_id} and {@code _reply_to}, if they can be
   * read.
   */
  static String[] replyAddressOf(byte[] message) {
    String msgId = null;
    String replyTo = null;
    try (JsonParser in = Json.FACTORY.createParser(message)) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        JsonToken value = in.nextToken();
        if (value == JsonToken.VALUE_STRING && field.equals("_msg_id")) {
          msgId = in.getText();
        } else if (value == JsonToken.VALUE_STRING && field.equals("_reply_to")) {
          replyTo = in.getText();
        } else {
          in.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      // What could be read is all there is.
    }
    return msgId != null && replyTo != null ? new String[] {msgId, replyTo} : null;
  }

  private static Map<String, byte[]> arguments(JsonParser in) throws IOException {
    expect(in.currentToken() == JsonToken.START_OBJECT, "\"args\" to be an object");
    Map<String, byte[]> arguments = new HashMap<>();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      arguments.put(name, Json.copyValue(in));
    }
    return arguments;
  }

  static byte[] result(String msgId, EncodedResult result) {
    return Json.bytes(
        out -> {
          out.writeStartObject();
          out.writeStringField("_msg_id", msgId);
          out.writeFieldName("result");
          result.write(out);
          out.writeEndObject();
        });
  }

  static byte[] failure(String msgId, String type, String message) {
    return Json.bytes(
        out -> {
          out.writeStartObject();
          out.writeStringField("_msg_id", msgId);
          out.writeObjectFieldStart("failure");
          out.writeStringField("type", type);
          out.writeStringField("message", message);
          out.writeEndObject();
          out.writeEndObject();
        });
  }

  static Reply parseReply(byte[] message) throws IOException {
    String msgId = null;
    byte[] result = null;
    String type = null;
    String text = null;
    try (JsonParser in = Json.FACTORY.createParser(message)) {
      expect(in.nextToken() == JsonToken.START_OBJECT, "a JSON object");
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        in.nextToken();
        switch (field) {
          case "_msg_id" -> msgId = Codecs.STRING.read(in);
          case "result" -> result = Json.copyValue(in);
          case "failure" -> {
            Map<String, String> failure = Codecs.mapOf(Codecs.STRING).read(in);
            if (failure != null) {
              type = failure.getOrDefault("type", "Unknown");
              text = failure.getOrDefault("message", "");
            }
          }
          default -> in.skipChildren();
        }
      }
    }
    expect(msgId != null, "a \"_msg_id\"");
    expect(result != null || type != null, "a \"result\" or a \"failure\"");
    return new Reply(msgId, result, type, text);
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException("expected " + what);
    }
  }
}
