package io.github.flagstaff.runtime.flags;

import io.github.flagstaff.syntax.FlagNames;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A bash completion script for a program's flags, written by picocli's {@code AutoComplete} from
 * the same descriptors the parser uses; the script also works in zsh (through {@code
 * bashcompinit}). This is the only class that touches picocli, and only {@code --completion_script}
 * loads it.
 */
final class CompletionScript {

  private CompletionScript() {}

  static String render(String program, FlagRegistry registry) {
    CommandSpec spec = CommandSpec.create().name(program);
    for (FlagDescriptor<?> flag : registry.flags()) {
      if (flag.type().isBoolean()) {
        spec.addOption(
            OptionSpec.builder("--" + flag.name()).arity("0").description(flag.help()).build());
        spec.addOption(OptionSpec.builder("--no" + flag.name()).arity("0").build());
        continue;
      }
      OptionSpec.Builder option =
          OptionSpec.builder("--" + flag.name())
              .arity("1")
              .paramLabel("<" + flag.type().name() + ">")
              .description(flag.help());
      if (!flag.type().choices().isEmpty()) {
        option.completionCandidates(flag.type().choices());
      }
      spec.addOption(option.build());
    }
    for (String builtIn : FlagNames.BUILT_INS) {
      spec.addOption(OptionSpec.builder("--" + builtIn).arity("0..1").build());
    }
    return AutoComplete.bash(program, new CommandLine(spec));
  }
}
