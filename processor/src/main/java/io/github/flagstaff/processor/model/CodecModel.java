package io.github.flagstaff.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * How one type in an {@code @Rpc} signature is written as JSON: which runtime codec, or generated
 * record codec, to use.
 *
 * @param kind the kind of codec
 * @param primitive for {@link Kind#PRIMITIVE} and {@link Kind#BOXED}: the {@code Codecs} constant,
 *     such as {@code INT}; else null
 * @param type for {@link Kind#ENUM} and {@link Kind#RECORD}: the type; else null
 * @param element for {@link Kind#LIST}, {@link Kind#MAP} and {@link Kind#OPTIONAL}: the element's
 *     codec; else null
 */
public record CodecModel(Kind kind, String primitive, ClassName type, CodecModel element) {

  /** The kinds of codec. */
  public enum Kind {
    PRIMITIVE,
    BOXED,
    STRING,
    ENUM,
    LIST,
    MAP,
    OPTIONAL,
    RECORD
  }

  public static CodecModel primitive(String constant) {
    return new CodecModel(Kind.PRIMITIVE, constant, null, null);
  }

  public static CodecModel boxed(String constant) {
    return new CodecModel(Kind.BOXED, constant, null, null);
  }

  public static CodecModel string() {
    return new CodecModel(Kind.STRING, null, null, null);
  }

  public static CodecModel of(Kind kind, ClassName type) {
    return new CodecModel(kind, null, type, null);
  }

  public static CodecModel container(Kind kind, CodecModel element) {
    return new CodecModel(kind, null, null, element);
  }

  /** The generated codec of a record: {@code InstanceJsonCodec}, {@code Outer_InnerJsonCodec}. */
  public static ClassName recordCodecName(ClassName record) {
    return ClassName.get(
        record.packageName(), String.join("_", record.simpleNames()) + "JsonCodec");
  }
}
