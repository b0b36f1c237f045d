package io.github.flagstaff.runtime.rpc;

import java.io.IOException;

/**
 * The arguments of one outgoing message, collected before it is written: what a generated client
 * passes to {@link Sending}: a value, not a lambda, so a first call bootstraps no lambda and javac
 * has no lambda to attribute. Immutable: {@link #put} returns a longer list.
 *
 * <pre>{@code
 * sending.call("work", ArgumentList.NONE.put("item", Codecs.STRING, item), Codecs.INT)
 * }</pre>
 */
public final class ArgumentList implements Arguments.Writer {
  /** No arguments. */
  public static final ArgumentList NONE = new ArgumentList(null);

  private final Entry<?> last;

  private ArgumentList(Entry<?> last) {
    this.last = last;
  }

  /** These arguments, then {@code name}, which {@code codec} writes as {@code value}. */
  public <T> ArgumentList put(String name, JsonCodec<T> codec, T value) {
    return new ArgumentList(new Entry<>(name, codec, value, last));
  }

  @Override
  public void write(Arguments arguments) throws IOException {
    if (last != null) {
      last.write(arguments);
    }
  }

  /** One argument, after those before it. */
  private record Entry<T>(String name, JsonCodec<T> codec, T value, Entry<?> previous) {
    void write(Arguments arguments) throws IOException {
      if (previous != null) {
        previous.write(arguments);
      }
      arguments.put(name, codec, value);
    }
  }
}
