package io.github.flagstaff.runtime.web;

import io.github.flagstaff.runtime.rpc.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns the text of path variables and query parameters, and bodies, into a web method's arguments,
 * for generated routers. Every failure is a 400 that names the parameter.
 */
public final class WebParams {
  private WebParams() {}

  /** As an int, decimal. */
  public static int integer(String name, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw invalid(name, text, "an integer");
    }
  }

  /** As a long, decimal. */
  public static long longInteger(String name, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw invalid(name, text, "an integer");
    }
  }

  /** As a UUID. */
  public static UUID uuid(String name, String text) {
    if (text.length() != 36) {
      throw invalid(name, text, "a UUID");
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw invalid(name, text, "a UUID");
    }
  }

  /** As a boolean: true or false. */
  public static boolean bool(String name, String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw invalid(name, text, "true or false");
    }
  }

  /** As one of {@code constants}, by name, in any case. */
  @SafeVarargs
  public static <E extends Enum<E>> E enumeration(String name, String text, E... constants) {
    List<String> names = new ArrayList<>();
    for (E constant : constants) {
      if (constant.name().equalsIgnoreCase(text)) {
        return constant;
      }
      names.add(constant.name().toLowerCase(Locale.ROOT));
    }
    throw invalid(name, text, "one of " + String.join(", ", names));
  }

  /** The one value of a required query parameter. */
  public static String required(WebRequest request, String name) {
    List<String> values = request.query(name);
    if (values.isEmpty()) {
      throw new WebException.BadRequest("query parameter " + name + " is required");
    }
    return last(values);
  }

  /** The value of an optional query parameter; the last one if it was given several times. */
  public static Optional<String> optional(WebRequest request, String name) {
    List<String> values = request.query(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(last(values));
  }

  /** The body as {@code codec}'s type. */
  public static <T> T body(WebRequest request, JsonCodec<T> codec, String name) {
    return WebJson.read(request.body(), codec, name);
  }

  private static String last(List<String> values) {
    return values.get(values.size() - 1);
  }

  private static WebException.BadRequest invalid(String name, String text, String expected) {
    String shown = text.length() > 64 ? text.substring(0, 64) + "..." : text;
    return new WebException.BadRequest(
        "invalid value for " + name + ": '" + shown + "' is not " + expected);
  }
}
