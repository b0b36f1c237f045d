package mymodule.script;

import io.github.flagstaff.runtime.CommonFlags;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.flags.ParseResult;
import io.github.flagstaff.runtime.flags.Program;
import mymodule.exampleservice.ExampleFlags;

/**
 * The seed's script form: {@code utils.default_flagfile(); flags.FLAGS(sys.argv)}, then use the
 * flags. Reads {@code ./nova.conf} or {@code /etc/nova/nova.conf} unless a flagfile is given.
 */
public final class ExampleScript {

  private ExampleScript() {}

  public static void main(String[] args) {
    ParseResult parsed =
        Program.named("example-script")
            .description("Prints its flags, as the seed's script does.")
            .version("0.1.0")
            .keyFlags(ExampleFlags.class)
            .parseOrExit(args);
    FlagValues flags = parsed.values();
    System.out.println("my_flag: " + flags.get(ExampleFlags.class).myFlag());
    System.out.println("my_ip: " + flags.get(CommonFlags.class).myIp().orElse("(not set)"));
    System.out.println("arguments: " + parsed.positionals());
    if (flags.get(CommonFlags.class).verbose()) {
      System.out.println("Full set of FLAGS:");
      flags.dump().forEach(line -> System.out.println("  " + line));
    }
  }
}
