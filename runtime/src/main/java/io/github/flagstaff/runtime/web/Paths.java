package io.github.flagstaff.runtime.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits and decodes request paths and query strings. */
final class Paths {
  private Paths() {}

  /** The segments of {@code path}, percent-decoded; a trailing slash adds no segment. */
  static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    int start = path.startsWith("/") ? 1 : 0;
    while (start < path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      out.add(decode(path.substring(start, end), false));
      start = end + 1;
    }
    return out;
  }

  /** The parameters of {@code query} ({@code a=1&b=2&a=3}), decoded as forms are; null is none. */
  static Map<String, List<String>> query(String query) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return out;
    }
    int start = 0;
    while (start <= query.length()) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = query.length();
      }
      if (end > start) {
        String pair = query.substring(start, end);
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
        out.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
      }
      start = end + 1;
    }
    return out;
  }

  /**
   * Percent-decodes {@code text} as UTF-8; {@code plusIsSpace} in query strings.
   *
   * @throws WebException.BadRequest if an escape is malformed
   */
  static String decode(String text, boolean plusIsSpace) {
    if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
        int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
        if (low < 0) {
          throw new WebException.BadRequest("malformed percent-escape in the request's URL");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '%' && text.charAt(end) != '+') {
          end++;
        }
        byte[] encoded = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i = end - 1;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
