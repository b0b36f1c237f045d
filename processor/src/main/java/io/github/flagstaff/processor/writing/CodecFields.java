package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.processor.writing.RuntimeNames.JSON_CODEC;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.flagstaff.processor.model.CodecModel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The codecs one generated class uses: a runtime constant or a generated codec's {@code INSTANCE}
 * is used where it is; a codec built from others ({@code Codecs.listOf(...)}) becomes a {@code
 * static final} field of the class, built once.
 */
final class CodecFields {
  private final NameAllocator names;
  private final Map<CodecModel, FieldSpec> fields = new LinkedHashMap<>();

  /** Codec fields named by {@code names}, the allocator of the class's member names. */
  CodecFields(NameAllocator names) {
    this.names = names;
  }

  /** The expression yielding {@code codec}, for values of the Java type {@code type}. */
  CodeBlock of(CodecModel codec, TypeName type) {
    if (isConstant(codec)) {
      return CodecExpressions.of(codec);
    }
    FieldSpec field =
        fields.computeIfAbsent(
            codec,
            c ->
                FieldSpec.builder(
                        ParameterizedTypeName.get(JSON_CODEC, type.box()),
                        names.newName(name(c)),
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer(CodecExpressions.of(c))
                    .build());
    return CodeBlock.of("$N", field);
  }

  /** Adds the fields made so far to {@code type}. */
  void addTo(TypeSpec.Builder type) {
    type.addFields(fields.values());
  }

  private static boolean isConstant(CodecModel codec) {
    return switch (codec.kind()) {
      case PRIMITIVE, STRING, RECORD -> true;
      default -> false;
    };
  }

  /** {@code LIST_OF_LEASE}, {@code MAP_OF_NULLABLE_LONG}, {@code MODE}. */
  private static String name(CodecModel codec) {
    return switch (codec.kind()) {
      case PRIMITIVE, BOXED ->
          (codec.kind() == CodecModel.Kind.BOXED ? "NULLABLE_" : "") + codec.primitive();
      case STRING -> "STRING";
      case ENUM, RECORD -> upperSnake(codec.type().simpleName());
      case LIST -> "LIST_OF_" + name(codec.element());
      case MAP -> "MAP_OF_" + name(codec.element());
      case OPTIONAL -> "OPTIONAL_" + name(codec.element());
    };
  }

  private static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
