package mymodule.exampleservice;

import io.github.flagstaff.Flag;

/**
 * The seed's {@code flags.DEFINE_string('my_flag', 'default_value', 'human readable description of
 * your flag')}.
 */
public interface ExampleFlags {

  @Flag(help = "human readable description of your flag", defaultValue = "default_value")
  String myFlag();
}
