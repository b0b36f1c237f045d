package io.github.flagstaff.runtime.rpc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The wire format of oslo.messaging's AMQP drivers (checked against oslo.messaging 14.0), so that
 * Flagstaff and OpenStack's Python services can call each other.
 *
 * <p>Every message is wrapped in the 2.0 envelope {@code {"oslo.version": "2.0", "oslo.message":
 * "<JSON text>"}}; a bare message is accepted too, an envelope of another version refused. A
 * request holds {@code method}, {@code args}, optionally {@code version} and {@code namespace},
 * {@code _unique_id}, the context as {@code _context_<key>} for each of its keys, and for a call
 * {@code _msg_id}, {@code _reply_q} and {@code _timeout} (the caller's call-monitor timeout, or
 * null). A reply holds {@code result}, {@code failure} (null, or oslo's serialized exception: a
 * JSON text of {@code class}, {@code module}, {@code message}, {@code tb}, {@code args}, {@code
 * kwargs}), {@code ending} (false: a heartbeat, not the answer), {@code _msg_id} and {@code
 * _unique_id}.
 */
final class Messages {
  static final String ENVELOPE_VERSION = "2.0";
  private static final String CONTEXT = "_context_";

  /**
   * A decoded request.
   *
   * @param version the API version it asks for; oslo's default {@code 1.0} when it names none
   * @param namespace the API namespace it asks for, or null
   * @param uniqueId its {@code _unique_id}, or null
   * @param monitorTimeout the caller's {@code _timeout} in seconds (heartbeats wanted), or null
   */
  record Request(
      String method,
      String msgId,
      String replyTo,
      RequestContext context,
      RpcArguments arguments,
      String version,
      String namespace,
      String uniqueId,
      Integer monitorTimeout) {}

  /**
   * A decoded reply: {@code result} is the raw JSON value when {@code failureType} is null; {@code
   * ending} false (with neither a result nor a failure) is a heartbeat.
   */
  record Reply(
      String msgId,
      byte[] result,
      String failureType,
      String failureModule,
      String failureMessage,
      boolean ending,
      String uniqueId) {

    /** A call-monitor heartbeat: the call is still running, its answer is yet to come. */
    boolean heartbeat() {
      return !ending && failureType == null && (result == null || isNull(result));
    }
  }

  private Messages() {}

  /** A request without a version or namespace and with no call-monitor timeout. */
  static byte[] request(
      String method,
      String msgId,
      String replyTo,
      RequestContext context,
      Arguments.Writer arguments) {
    return request(method, msgId, replyTo, context, arguments, null, null, null);
  }

  /** A request; {@code version}, {@code namespace} and {@code monitorTimeout} may be null. */
  static byte[] request(
      String method,
      String msgId,
      String replyTo,
      RequestContext context,
      Arguments.Writer arguments,
      String version,
      String namespace,
      Integer monitorTimeout) {
    return envelope(
        Json.bytes(
            out -> {
              out.writeStartObject();
              out.writeStringField("method", method);
              out.writeFieldName("args");
              out.writeStartObject();
              arguments.write(new Arguments(out));
              out.writeEndObject();
              if (namespace != null) {
                out.writeStringField("namespace", namespace);
              }
              if (version != null) {
                out.writeStringField("version", version);
              }
              if (msgId != null) {
                out.writeStringField("_msg_id", msgId);
                out.writeStringField("_reply_q", replyTo);
                if (monitorTimeout == null) {
                  out.writeNullField("_timeout");
                } else {
                  out.writeNumberField("_timeout", monitorTimeout);
                }
              }
              out.writeStringField("_unique_id", uniqueId());
              for (Map.Entry<String, String> value : context.rawValues().entrySet()) {
                out.writeFieldName(CONTEXT + value.getKey());
                out.writeRawValue(value.getValue());
              }
              out.writeEndObject();
            }));
  }

  /** A new message id or unique id, as oslo makes them: a UUID in 32 hex digits. */
  static String uniqueId() {
    UUID id = UUID.randomUUID();
    StringBuilder out = new StringBuilder(32);
    hex(out, id.getMostSignificantBits());
    hex(out, id.getLeastSignificantBits());
    return out.toString();
  }

  /** {@code value} as 16 hex digits (no {@code String.format}: no regex, per message). */
  private static void hex(StringBuilder out, long value) {
    String digits = Long.toHexString(value);
    for (int i = digits.length(); i < 16; i++) {
      out.append('0');
    }
    out.append(digits);
  }

  /** {@code message} in the 2.0 envelope. */
  static byte[] envelope(byte[] message) {
    return Json.bytes(
        out -> {
          out.writeStartObject();
          out.writeStringField("oslo.version", ENVELOPE_VERSION);
          out.writeStringField("oslo.message", new String(message, StandardCharsets.UTF_8));
          out.writeEndObject();
        });
  }

  /**
   * The message inside {@code message}'s envelope, or {@code message} itself when it has none (both
   * {@code oslo.version} and {@code oslo.message} make an envelope, as in oslo).
   *
   * @throws IllegalArgumentException if the envelope is of another version, or malformed
   */
  static byte[] unwrap(byte[] message) throws IOException {
    String version = null;
    String inner = null;
    boolean versionSeen = false;
    boolean innerSeen = false;
    try (JsonParser in = Json.FACTORY.createParser(message)) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        return message;
      }
      JsonToken token;
      while ((token = in.nextToken()) == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        JsonToken value = in.nextToken();
        if (field.equals("oslo.version")) {
          versionSeen = true;
          version = value == JsonToken.VALUE_STRING ? in.getText() : null;
        } else if (field.equals("oslo.message")) {
          innerSeen = true;
          inner = value == JsonToken.VALUE_STRING ? in.getText() : null;
        }
        in.skipChildren();
      }
      expect(token == JsonToken.END_OBJECT, "a JSON object");
    }
    if (!versionSeen || !innerSeen) {
      return message;
    }
    expect(version != null, "\"oslo.version\" to be a string");
    if (!Versions.compatible(ENVELOPE_VERSION, version)) {
      throw new IllegalArgumentException(
          "unsupported message envelope version "
              + version
              + " (this side speaks "
              + ENVELOPE_VERSION
              + ")");
    }
    expect(inner != null, "\"oslo.message\" to be a string");
    return inner.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Decodes a request.
   *
   * @throws IOException or {@link IllegalArgumentException} when it is not one
   */
  static Request parseRequest(byte[] message) throws IOException {
    byte[] body = unwrap(message);
    String method = null;
    String msgId = null;
    String replyTo = null;
    String version = null;
    String namespace = null;
    String uniqueId = null;
    Integer monitorTimeout = null;
    Map<String, String> context = new LinkedHashMap<>();
    Map<String, byte[]> arguments = null;
    try (JsonParser in = Json.FACTORY.createParser(body)) {
      expect(in.nextToken() == JsonToken.START_OBJECT, "a JSON object");
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        in.nextToken();
        switch (field) {
          case "method" -> method = Codecs.STRING.read(in);
          case "_msg_id" -> msgId = Codecs.STRING.read(in);
          case "_reply_q" -> replyTo = Codecs.STRING.read(in);
          case "version" -> version = Codecs.STRING.read(in);
          case "namespace" -> namespace = Codecs.STRING.read(in);
          case "_unique_id" -> uniqueId = Codecs.STRING.read(in);
          case "_timeout" -> monitorTimeout = timeout(in);
          case "args" -> arguments = arguments(in);
          default -> {
            if (field.startsWith(CONTEXT)) {
              context.put(
                  field.substring(CONTEXT.length()),
                  new String(Json.copyValue(in), StandardCharsets.UTF_8));
            } else {
              in.skipChildren();
            }
          }
        }
      }
    }
    expect(method != null, "a \"method\"");
    expect(arguments != null, "\"args\"");
    expect((msgId == null) == (replyTo == null), "both \"_msg_id\" and \"_reply_q\", or neither");
    expect(version == null || Versions.valid(version), "\"version\" to be like 1.3");
    return new Request(
        method,
        msgId,
        replyTo,
        RequestContext.ofNormalValues(context),
        new RpcArguments(arguments),
        version == null ? "1.0" : version,
        namespace,
        uniqueId,
        msgId == null ? null : monitorTimeout);
  }

  /** {@code _timeout}: whole seconds, or null; oslo's server ignores what is not an integer. */
  private static Integer timeout(JsonParser in) throws IOException {
    return switch (in.currentToken()) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        double seconds = in.getDoubleValue();
        yield seconds >= 1 && seconds <= Integer.MAX_VALUE ? (int) seconds : null;
      }
      default -> {
        in.skipChildren();
        yield null;
      }
    };
  }

  /**
   * Like {@link #parseRequest}, but only the {@code _msg_id} and {@code _reply_q}, if they can be
   * read.
   */
  static String[] replyAddressOf(byte[] message) {
    String msgId = null;
    String replyTo = null;
    try (JsonParser in = Json.FACTORY.createParser(unwrap(message))) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        JsonToken value = in.nextToken();
        if (value == JsonToken.VALUE_STRING && field.equals("_msg_id")) {
          msgId = in.getText();
        } else if (value == JsonToken.VALUE_STRING && field.equals("_reply_q")) {
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

  /** The answer to call {@code msgId}: {@code result}. */
  static byte[] result(String msgId, EncodedResult result) {
    return reply(msgId, result, null, true);
  }

  /** A call-monitor heartbeat for call {@code msgId}: {@code ending} false, no result. */
  static byte[] heartbeat(String msgId) {
    return reply(msgId, EncodedResult.VOID, null, false);
  }

  /** The answer to call {@code msgId}: {@code failure}. */
  static byte[] failure(String msgId, Failure failure) {
    return reply(msgId, EncodedResult.VOID, failure, true);
  }

  private static byte[] reply(String msgId, EncodedResult result, Failure failure, boolean ending) {
    return envelope(
        Json.bytes(
            out -> {
              out.writeStartObject();
              out.writeFieldName("result");
              result.write(out);
              if (failure == null) {
                out.writeNullField("failure");
              } else {
                out.writeStringField("failure", failure.serialize());
              }
              out.writeBooleanField("ending", ending);
              out.writeStringField("_msg_id", msgId);
              out.writeStringField("_unique_id", uniqueId());
              out.writeEndObject();
            }));
  }

  static Reply parseReply(byte[] message) throws IOException {
    byte[] body = unwrap(message);
    String msgId = null;
    byte[] result = null;
    Failure failure = null;
    boolean ending = true;
    String uniqueId = null;
    try (JsonParser in = Json.FACTORY.createParser(body)) {
      expect(in.nextToken() == JsonToken.START_OBJECT, "a JSON object");
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        in.nextToken();
        switch (field) {
          case "_msg_id" -> msgId = Codecs.STRING.read(in);
          case "_unique_id" -> uniqueId = Codecs.STRING.read(in);
          case "result" -> result = Json.copyValue(in);
          case "ending" -> ending = in.currentToken() != JsonToken.VALUE_FALSE;
          case "failure" -> {
            String text = Codecs.STRING.read(in);
            failure = text == null || text.isEmpty() ? null : Failure.parse(text);
          }
          default -> in.skipChildren();
        }
      }
    }
    expect(msgId != null, "a \"_msg_id\"");
    if (failure != null) {
      return new Reply(
          msgId, null, failure.type(), failure.module(), failure.message(), ending, uniqueId);
    }
    return new Reply(
        msgId,
        result == null ? "null".getBytes(StandardCharsets.UTF_8) : result,
        null,
        null,
        null,
        ending,
        uniqueId);
  }

  private static boolean isNull(byte[] json) {
    return new String(json, StandardCharsets.UTF_8).trim().equals("null");
  }

  static void expect(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException("expected " + what);
    }
  }
}
