package io.github.flagstaff.processor.writing;

import com.palantir.javapoet.CodeBlock;
import io.github.flagstaff.processor.model.InjectedKind;
import io.github.flagstaff.processor.model.InjectedParameter;
import java.util.List;

/**
 * The code that calls a manager's or web API's constructor with what it asks for, from a generated
 * factory's {@code create(FlagValues values, ServiceContext context)}.
 */
final class Injection {
  private Injection() {}

  /** The constructor's arguments, read from {@code values} and {@code context}. */
  static CodeBlock arguments(List<InjectedParameter> parameters) {
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (InjectedParameter parameter : parameters) {
      CodeBlock argument =
          switch (parameter.kind()) {
            case FLAG_SET -> CodeBlock.of("values.get($T.class)", parameter.type());
            case FLAG_VALUES -> CodeBlock.of("values");
            case SERVICE_CONTEXT -> CodeBlock.of("context");
          };
      arguments.add(arguments.isEmpty() ? "$L" : ",$W$L", argument);
    }
    return arguments.build();
  }

  /** The flag set interfaces the constructor takes, as class literals for {@code List.of}. */
  static CodeBlock flagSets(List<InjectedParameter> parameters) {
    CodeBlock.Builder sets = CodeBlock.builder();
    for (InjectedParameter parameter : parameters) {
      if (parameter.kind() == InjectedKind.FLAG_SET) {
        sets.add(sets.isEmpty() ? "$T.class" : ",$W$T.class", parameter.type());
      }
    }
    return sets.build();
  }
}
