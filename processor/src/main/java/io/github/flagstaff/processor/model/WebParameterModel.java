package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * One parameter of a route's method.
 *
 * @param source where its value comes from
 * @param name its name in the request: the path variable, the query parameter, or (for a body) the
 *     Java parameter's name, which errors show
 * @param type its declared type
 * @param text for path and query parameters: how one text value is converted; else null
 * @param shape for query parameters: one value (required), optional or a list; else single
 * @param enumType for {@link TextKind#ENUM}: the enum; else null
 * @param codec for a body: its JSON codec; else null
 */
public record WebParameterModel(
    Source source,
    String name,
    TypeName type,
    TextKind text,
    Shape shape,
    ClassName enumType,
    CodecModel codec) {

  /** Where a parameter's value comes from. */
  public enum Source {
    PATH,
    QUERY,
    BODY,
    CONTEXT
  }

  /** The types a path variable or query parameter can have. */
  public enum TextKind {
    STRING,
    INT,
    LONG,
    BOOLEAN,
    UUID,
    ENUM
  }
}
