package io.github.flagstaff.runtime.flags;

/**
 * What a built-in flag asked for instead of running the program: help, version, or only a check.
 *
 * @param kind what was asked for
 * @param argument the argument of {@code --helpmatch}, {@code --helpon} or {@code
 *     --completion_script}; empty otherwise
 */
public record HelpRequest(Kind kind, String argument) {

  /** The built-in requests. */
  public enum Kind {
    /** {@code --help}: every flag. */
    HELP,
    /** {@code --helpfull}: every flag. */
    HELPFULL,
    /** {@code --helpshort}: the program's key flags. */
    HELPSHORT,
    /** {@code --helpmatch=S}: flags whose name or flag set contains S. */
    HELPMATCH,
    /** {@code --helpon=M}: the flags of flag set M. */
    HELPON,
    /** {@code --helpxml}: every flag as gflags' XML. */
    HELPXML,
    /** {@code --version}. */
    VERSION,
    /** {@code --only_check_args}: parse, validate, exit 0. */
    ONLY_CHECK_ARGS,
    /** {@code --completion_script=bash|zsh}: print a shell completion script. */
    COMPLETION_SCRIPT
  }
}
