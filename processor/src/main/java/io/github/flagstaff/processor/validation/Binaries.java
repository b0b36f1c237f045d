package io.github.flagstaff.processor.validation;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The programs a compilation generates, services' and web binaries' alike: each binary name and
 * each generated main class is taken once, so the busybox launcher finds one program by a name and
 * no two programs write one class.
 */
public final class Binaries {
  /** What a binary's name may be, such as {@code nova-compute}. */
  static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9_.-]*");

  private final Map<String, String> owners = new HashMap<>();
  private final Map<String, String> byMainClass = new HashMap<>();

  /**
   * Takes {@code binary} and its main class {@code main} for {@code owner} (such as {@code topic
   * 'compute'}); returns why it cannot, or null when it did.
   */
  String take(String binary, ClassName main, String owner) {
    String taken = owners.get(binary);
    if (taken != null) {
      return "binary '" + binary + "' is already the binary of " + taken;
    }
    String other = byMainClass.get(main.canonicalName());
    if (other != null) {
      return "binary '"
          + binary
          + "' would generate "
          + main
          + ", which binary '"
          + other
          + "' generates already";
    }
    owners.put(binary, owner);
    byMainClass.put(main.canonicalName(), binary);
    return null;
  }
}
