package mymodule.exampleservice;

import io.github.flagstaff.Flag;

/**
 * The seed's {@code flags.DEFINE_string('my_flag', 'default_value', 'human readable description of
 * your flag')}, plus a secret to show that dumps mask it.
 */
public interface ExampleFlags {

  @Flag(
      help = "human readable description of your flag",
      defaultValue = "default_value",
      mutable = true)
  String myFlag();

  @Flag(help = "A password the example service pretends to use.", defaultValue = "", secret = true)
  String examplePassword();
}
