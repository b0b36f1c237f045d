package io.github.flagstaff.processor.writing;

import com.palantir.javapoet.CodeBlock;
import io.github.flagstaff.processor.model.InjectedKind;
import io.github.flagstaff.processor.model.InjectedParameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The code that calls a manager's or web API's constructor with what it asks for, from a generated
 * factory's {@code create(FlagValues values, ServiceContext context)}.
 */
final class Injection {
  private Injection() {}

  /** The constructor's arguments, read from {@code values} and {@code context}. */
  static CodeBlock arguments(List<InjectedParameter> parameters) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (InjectedParameter parameter : parameters) {
      arguments.add(
          switch (parameter.kind()) {
            case FLAG_SET -> CodeBlock.of("values.get($T.class)", parameter.type());
            case FLAG_VALUES -> CodeBlock.of("values");
            case SERVICE_CONTEXT -> CodeBlock.of("context");
          });
    }
    return SplitMethods.join(arguments);
  }

  /** The flag set interfaces the constructor takes, as class literals for {@code List.of}. */
  static CodeBlock flagSets(List<InjectedParameter> parameters) {
    List<CodeBlock> sets = new ArrayList<>();
    for (InjectedParameter parameter : parameters) {
      if (parameter.kind() == InjectedKind.FLAG_SET) {
        sets.add(CodeBlock.of("$T.class", parameter.type()));
      }
    }
    return SplitMethods.join(sets);
  }
}
