package io.github.flagstaff.runtime.flags;

/** The wording of problems that more than one step of a parse reports. */
final class Problems {

  private Problems() {}

  /** {@code nova.conf:3: invalid value 'abc' for flag --port: expected int}, secrets masked. */
  static String invalidValue(FlagDescriptor<?> flag, String text, Source source, String reason) {
    return source.prefix()
        + "invalid "
        + (source == Source.DEFAULT ? "default " : "")
        + "value '"
        + (flag.secret() ? "****" : text)
        + "' for flag --"
        + flag.name()
        + ": "
        + reason;
  }
}
