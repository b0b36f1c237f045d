package io.github.flagstaff.manage;

import io.github.flagstaff.runtime.service.StoreFlags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the store's secrets out of what flagstaff-manage prints: the URL of {@code
 * --sql_connection}, any password in it, and {@code --sql_password}. A driver's message may quote
 * them.
 */
final class Secrets {
  private static final String MASK = "****";
  private static final Pattern URL_PASSWORDS =
      Pattern.compile("[?&;]password=([^&;]*)|//[^/@:]*:([^/@]*)@", Pattern.CASE_INSENSITIVE);

  private Secrets() {}

  /** {@code text} with every secret of {@code flags} masked. */
  static String redact(String text, StoreFlags flags) {
    String url = flags.sqlConnection();
    List<String> secrets = new ArrayList<>(List.of(url));
    flags.sqlPassword().ifPresent(secrets::add);
    Matcher password = URL_PASSWORDS.matcher(url);
    while (password.find()) {
      secrets.add(password.group(1) != null ? password.group(1) : password.group(2));
    }
    secrets.sort(Comparator.comparingInt(String::length).reversed());
    String out = text;
    for (String secret : secrets) {
      if (!secret.isEmpty()) {
        out = out.replace(secret, MASK);
      }
    }
    return out;
  }
}
