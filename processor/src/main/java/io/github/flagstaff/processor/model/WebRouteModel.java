package io.github.flagstaff.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * One route: an HTTP method and path template answered by a method of a {@code @WebApi} class.
 *
 * @param httpMethod {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
 * @param template the path template as written
 * @param segments the template's segments
 * @param methodName the Java method
 * @param parameters its parameters, in order
 * @param result what it returns
 * @param resultType its declared return type
 */
public record WebRouteModel(
    String httpMethod,
    String template,
    List<Segment> segments,
    String methodName,
    List<WebParameterModel> parameters,
    Result result,
    TypeName resultType) {

  /** Copies the lists. */
  public WebRouteModel {
    segments = List.copyOf(segments);
    parameters = List.copyOf(parameters);
  }

  /**
   * One segment of a path template: a literal, or a variable.
   *
   * @param literal the literal text; null for a variable
   * @param variable the variable's name; null for a literal
   */
  public record Segment(String literal, String variable) {

    /** Whether this is a variable. */
    public boolean isVariable() {
      return variable != null;
    }
  }

  /**
   * What a route's method returns and how it is answered.
   *
   * @param kind how it is answered
   * @param codec the JSON codec of the body for {@link ResultKind#JSON} and {@link
   *     ResultKind#RESPONSE}; else null
   * @param bodyType the body's Java type, for the codec; else null
   */
  public record Result(ResultKind kind, CodecModel codec, TypeName bodyType) {}

  /** How a result is answered. */
  public enum ResultKind {
    /** {@code void}: 204. */
    NO_CONTENT,
    /** A supported type: 200 with JSON. */
    JSON,
    /** {@code Response<T>}: its status, headers and body. */
    RESPONSE,
    /** {@code Html}: 200 with the page. */
    HTML
  }
}
