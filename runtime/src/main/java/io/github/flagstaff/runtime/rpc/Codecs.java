package io.github.flagstaff.runtime.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in codecs that generated dispatchers, clients and record codecs are made of. The
 * primitive ones reject JSON {@code null}; wrap them in {@link #nullable} for a boxed type.
 */
public final class Codecs {

  /** {@code boolean}: JSON true or false. */
  public static final JsonCodec<Boolean> BOOLEAN =
      new JsonCodec<>() {
        @Override
        public void write(JsonGenerator out, Boolean value) throws IOException {
          out.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonParser in) throws IOException {
          JsonToken token = in.currentToken();
          if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw mismatch("boolean", in);
          }
          return token == JsonToken.VALUE_TRUE;
        }
      };

  /** {@code int}. */
  public static final JsonCodec<Integer> INT =
      integer("int", Integer.MIN_VALUE, Integer.MAX_VALUE, v -> (int) v);

  /** {@code long}. */
  public static final JsonCodec<Long> LONG =
      integer("long", Long.MIN_VALUE, Long.MAX_VALUE, v -> v);

  /** {@code short}. */
  public static final JsonCodec<Short> SHORT =
      integer("short", Short.MIN_VALUE, Short.MAX_VALUE, v -> (short) v);

  /** {@code byte}. */
  public static final JsonCodec<Byte> BYTE =
      integer("byte", Byte.MIN_VALUE, Byte.MAX_VALUE, v -> (byte) v);

  /** {@code double}: any JSON number a double holds (JSON has no infinity to write back). */
  public static final JsonCodec<Double> DOUBLE =
      new JsonCodec<>() {
        @Override
        public void write(JsonGenerator out, Double value) throws IOException {
          out.writeNumber(value);
        }

        @Override
        public Double read(JsonParser in) throws IOException {
          if (!in.currentToken().isNumeric()) {
            throw mismatch("double", in);
          }
          double value = in.getDoubleValue();
          if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("out of range for double: " + in.getText());
          }
          return value;
        }
      };

  /** {@code float}: any JSON number a float holds. */
  public static final JsonCodec<Float> FLOAT =
      new JsonCodec<>() {
        @Override
        public void write(JsonGenerator out, Float value) throws IOException {
          out.writeNumber(value);
        }

        @Override
        public Float read(JsonParser in) throws IOException {
          float value = DOUBLE.read(in).floatValue();
          if (Float.isInfinite(value)) {
            throw new IllegalArgumentException("out of range for float: " + in.getText());
          }
          return value;
        }
      };

  /** {@code char}: a one-character JSON string. */
  public static final JsonCodec<Character> CHAR =
      new JsonCodec<>() {
        @Override
        public void write(JsonGenerator out, Character value) throws IOException {
          out.writeString(String.valueOf(value));
        }

        @Override
        public Character read(JsonParser in) throws IOException {
          if (in.currentToken() != JsonToken.VALUE_STRING || in.getTextLength() != 1) {
            throw mismatch("char", in);
          }
          return in.getText().charAt(0);
        }
      };

  /** {@code String}; JSON null is null. */
  public static final JsonCodec<String> STRING =
      nullable(
          new JsonCodec<>() {
            @Override
            public void write(JsonGenerator out, String value) throws IOException {
              out.writeString(value);
            }

            @Override
            public String read(JsonParser in) throws IOException {
              if (in.currentToken() != JsonToken.VALUE_STRING) {
                throw mismatch("string", in);
              }
              return in.getText();
            }
          });

  /** The result of a {@code void} method: JSON null. */
  public static final JsonCodec<Void> VOID =
      new JsonCodec<>() {
        @Override
        public void write(JsonGenerator out, Void value) throws IOException {
          out.writeNull();
        }

        @Override
        public Void read(JsonParser in) throws IOException {
          if (in.currentToken() != JsonToken.VALUE_NULL) {
            throw mismatch("null", in);
          }
          return null;
        }
      };

  private Codecs() {}

  /** {@code codec}, with JSON null for a null reference. */
  public static <T> JsonCodec<T> nullable(JsonCodec<T> codec) {
    return new JsonCodec<>() {
      @Override
      public void write(JsonGenerator out, T value) throws IOException {
        if (value == null) {
          out.writeNull();
        } else {
          codec.write(out, value);
        }
      }

      @Override
      public T read(JsonParser in) throws IOException {
        return in.currentToken() == JsonToken.VALUE_NULL ? null : codec.read(in);
      }
    };
  }

  /** An enum, as its constant's name. */
  @SafeVarargs
  public static <E extends Enum<E>> JsonCodec<E> enumOf(E... constants) {
    List<E> all = List.of(constants);
    return nullable(
        new JsonCodec<>() {
          @Override
          public void write(JsonGenerator out, E value) throws IOException {
            out.writeString(value.name());
          }

          @Override
          public E read(JsonParser in) throws IOException {
            String name = STRING.read(in);
            for (E constant : all) {
              if (constant.name().equals(name)) {
                return constant;
              }
            }
            throw new IllegalArgumentException("expected one of " + all + ", got '" + name + "'");
          }
        });
  }

  /** A list, as a JSON array. */
  public static <T> JsonCodec<List<T>> listOf(JsonCodec<T> element) {
    return nullable(
        new JsonCodec<>() {
          @Override
          public void write(JsonGenerator out, List<T> value) throws IOException {
            out.writeStartArray();
            for (T item : value) {
              element.write(out, item);
            }
            out.writeEndArray();
          }

          @Override
          public List<T> read(JsonParser in) throws IOException {
            if (in.currentToken() != JsonToken.START_ARRAY) {
              throw mismatch("array", in);
            }
            List<T> out = new ArrayList<>();
            while (in.nextToken() != JsonToken.END_ARRAY) {
              out.add(element.read(in));
            }
            return Collections.unmodifiableList(out);
          }
        });
  }

  /** A map with string keys, as a JSON object. */
  public static <T> JsonCodec<Map<String, T>> mapOf(JsonCodec<T> value) {
    return nullable(
        new JsonCodec<>() {
          @Override
          public void write(JsonGenerator out, Map<String, T> map) throws IOException {
            out.writeStartObject();
            for (Map.Entry<String, T> entry : map.entrySet()) {
              out.writeFieldName(entry.getKey());
              value.write(out, entry.getValue());
            }
            out.writeEndObject();
          }

          @Override
          public Map<String, T> read(JsonParser in) throws IOException {
            if (in.currentToken() != JsonToken.START_OBJECT) {
              throw mismatch("object", in);
            }
            Map<String, T> out = new LinkedHashMap<>();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
              String key = in.currentName();
              in.nextToken();
              out.put(key, value.read(in));
            }
            return Collections.unmodifiableMap(out);
          }
        });
  }

  /** An optional: JSON null when empty. */
  public static <T> JsonCodec<Optional<T>> optionalOf(JsonCodec<T> value) {
    return new JsonCodec<>() {
      @Override
      public void write(JsonGenerator out, Optional<T> optional) throws IOException {
        if (optional == null || optional.isEmpty()) {
          out.writeNull();
        } else {
          value.write(out, optional.get());
        }
      }

      @Override
      public Optional<T> read(JsonParser in) throws IOException {
        return in.currentToken() == JsonToken.VALUE_NULL
            ? Optional.empty()
            : Optional.of(value.read(in));
      }
    };
  }

  /** The error a codec throws for JSON of the wrong kind. */
  public static IllegalArgumentException mismatch(String expected, JsonParser in)
      throws IOException {
    JsonToken token = in.currentToken();
    String got =
        token == null
            ? "nothing"
            : token.isScalarValue() ? "'" + in.getText() + "'" : token.asString();
    return new IllegalArgumentException("expected " + expected + ", got " + got);
  }

  private interface Narrowing<T> {
    T narrow(long value);
  }

  private static <T extends Number> JsonCodec<T> integer(
      String name, long min, long max, Narrowing<T> narrow) {
    return new JsonCodec<>() {
      @Override
      public void write(JsonGenerator out, T value) throws IOException {
        out.writeNumber(value.longValue());
      }

      @Override
      public T read(JsonParser in) throws IOException {
        if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
          throw mismatch(name, in);
        }
        if (in.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          throw new IllegalArgumentException("out of range for " + name + ": " + in.getText());
        }
        long value = in.getLongValue();
        if (value < min || value > max) {
          throw new IllegalArgumentException("out of range for " + name + ": " + value);
        }
        return narrow.narrow(value);
      }
    };
  }
}
