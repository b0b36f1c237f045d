package io.github.flagstaff.manage;

/** The command line asks for something flagstaff-manage cannot do; it exits 1. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean pointToHelp;

  /** A mistake in the command line itself, which {@code --help} explains. */
  UsageException(String message) {
    this(message, true);
  }

  private UsageException(String message, boolean pointToHelp) {
    super(message);
    this.pointToHelp = pointToHelp;
  }

  /** A well-formed command naming something that does not exist, such as a service. */
  static UsageException notFound(String message) {
    return new UsageException(message, false);
  }

  /** Whether to point the user to {@code --help}. */
  boolean pointToHelp() {
    return pointToHelp;
  }
}
