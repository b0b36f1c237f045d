package io.github.flagstaff.runtime.web;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.flagstaff.runtime.rpc.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a router answers: a status, a content type, the body's bytes and extra headers. Generated
 * routers build it from a web method's result; the server writes it.
 */
public final class WebReply {
  private static final String JSON = "application/json";
  private static final byte[] NONE = new byte[0];

  private final int status;
  private final String contentType;
  private final byte[] body;
  private final List<String> headers;

  private WebReply(int status, String contentType, byte[] body, List<String> headers) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.headers = headers;
  }

  /** 204, for a {@code void} method. */
  public static WebReply noContent() {
    return new WebReply(204, null, NONE, List.of());
  }

  /** 200 with {@code value} as JSON. */
  public static <T> WebReply ok(JsonCodec<T> codec, T value) {
    return new WebReply(200, JSON, json(codec, value), List.of());
  }

  /** {@code response}'s status and headers, its body as JSON. */
  public static <T> WebReply of(JsonCodec<T> codec, Response<T> response) {
    T body = response.body();
    return new WebReply(
        response.status(),
        body == null ? null : JSON,
        body == null ? NONE : json(codec, body),
        response.headers());
  }

  /** 200 with a page. */
  public static WebReply html(Html page) {
    return new WebReply(
        200, "text/html; charset=utf-8", page.text().getBytes(StandardCharsets.UTF_8), List.of());
  }

  /** {@code status} with plain text. */
  static WebReply text(int status, String text) {
    return new WebReply(
        status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), List.of());
  }

  /** Nova's fault body: {@code {"itemNotFound": {"code": 404, "message": "..."}}}. */
  static WebReply fault(int status, String message, List<String> headers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = WebJson.FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeObjectFieldStart(WebException.faultName(status));
      json.writeNumberField("code", status);
      json.writeStringField("message", message);
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WebReply(status, JSON, out.toByteArray(), headers);
  }

  private static <T> byte[] json(JsonCodec<T> codec, T value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = WebJson.FACTORY.createGenerator(out)) {
      codec.write(json, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The status. */
  public int status() {
    return status;
  }

  /** The body's content type, or null when there is no body. */
  public String contentType() {
    return contentType;
  }

  /** The body. */
  public byte[] body() {
    return body;
  }

  /** Extra headers, as name, value, name, value, ... */
  public List<String> headers() {
    return headers;
  }
}
