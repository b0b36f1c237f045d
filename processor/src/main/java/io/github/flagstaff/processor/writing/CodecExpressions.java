package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.processor.writing.RuntimeNames.CODECS;

import com.palantir.javapoet.CodeBlock;
import io.github.flagstaff.processor.model.CodecModel;

/** Renders a {@link CodecModel} as the expression that yields the codec. */
final class CodecExpressions {

  private CodecExpressions() {}

  static CodeBlock of(CodecModel codec) {
    return switch (codec.kind()) {
      case PRIMITIVE -> CodeBlock.of("$T.$L", CODECS, codec.primitive());
      case BOXED -> CodeBlock.of("$T.nullable($T.$L)", CODECS, CODECS, codec.primitive());
      case STRING -> CodeBlock.of("$T.STRING", CODECS);
      case ENUM -> CodeBlock.of("$T.enumOf($T.values())", CODECS, codec.type());
      case LIST -> CodeBlock.of("$T.listOf($L)", CODECS, of(codec.element()));
      case MAP -> CodeBlock.of("$T.mapOf($L)", CODECS, of(codec.element()));
      case OPTIONAL -> CodeBlock.of("$T.optionalOf($L)", CODECS, of(codec.element()));
      case RECORD -> CodeBlock.of("$T.INSTANCE", CodecModel.recordCodecName(codec.type()));
    };
  }
}
