package io.github.flagstaff.runtime.web;

import io.github.flagstaff.runtime.UntrustedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Optional and repeated query parameters for generated routers: each value converted by a {@link
 * Converter}, a failure a 400 naming the parameter.
 */
public final class WebArguments {

  /** Turns one parameter's text into its value, or throws {@link WebException.BadRequest}. */
  public interface Converter<T> {
    T convert(String name, String text);
  }

  public static final Converter<String> STRING =
      new Converter<>() {
        @Override
        public String convert(String name, String text) {
          return text;
        }
      };

  public static final Converter<Integer> INTEGER =
      new Converter<>() {
        @Override
        public Integer convert(String name, String text) {
          return WebParams.integer(name, text);
        }
      };

  public static final Converter<Long> LONG =
      new Converter<>() {
        @Override
        public Long convert(String name, String text) {
          return WebParams.longInteger(name, text);
        }
      };

  public static final Converter<Boolean> BOOLEAN =
      new Converter<>() {
        @Override
        public Boolean convert(String name, String text) {
          return WebParams.bool(name, text);
        }
      };

  public static final Converter<UUID> UUID =
      new Converter<>() {
        @Override
        public java.util.UUID convert(String name, String text) {
          return WebParams.uuid(name, text);
        }
      };

  private WebArguments() {}

  /** Converts to one of {@code constants}, by name in any case. */
  @SafeVarargs
  public static <E extends Enum<E>> Converter<E> enumOf(E... constants) {
    return new Converter<>() {
      @Override
      public E convert(String name, String text) {
        return WebParams.enumeration(name, text, constants);
      }
    };
  }

  /** The query parameter {@code name}, converted, or empty when it was not given. */
  public static <T> Optional<T> optional(WebRequest request, String name, Converter<T> converter) {
    List<String> values = request.query(name);
    return values.isEmpty()
        ? Optional.empty()
        : Optional.of(converter.convert(name, values.get(values.size() - 1)));
  }

  /** Every value of the query parameter {@code name}, converted, in order. */
  public static <T> List<T> list(WebRequest request, String name, Converter<T> converter) {
    List<String> values = request.query(name);
    List<T> out = new ArrayList<>(values.size());
    for (String value : values) {
      out.add(converter.convert(name, value));
    }
    return List.copyOf(out);
  }

  /** The 404 of a path no route has. */
  public static WebException.NotFound noRoute(WebRequest request) {
    return new WebException.NotFound("no resource at " + UntrustedText.clip(request.path(), 200));
  }
}
