package io.github.flagstaff.runtime.flags;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the flagfiles of one parse in bounded time and memory. Only regular files are read: a
 * directory, device, pipe or socket is refused before it is opened, so {@code /dev/zero} or a FIFO
 * with no writer cannot hang a parse. Each file is read once, however often it is included; and a
 * parse reads at most {@link #LIMIT} bytes of flagfile text, counting a file each time it is
 * included, so neither a huge file nor a fan-out of includes can exhaust memory or time.
 */
final class FlagfileReader {
  /** The most flagfile text one parse reads, counting every inclusion: 32 MiB. */
  static final long LIMIT = 32L << 20;

  /** Opens a file for reading; tests count the calls. */
  interface Opener {
    InputStream open(Path file) throws IOException;
  }

  /** A file that cannot be read; the message says why and names it. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /** A file's text, and its size in bytes, which each inclusion counts against the limit. */
  private record Text(String text, long bytes) {}

  /**
   * Opens files as they are, through the file system; not a lambda, as it is on the start path, and
   * through {@link FileInputStream}, whose classes the JDK's class-data archive holds (a channel's
   * two dozen classes it does not).
   */
  private static final Opener FILES =
      new Opener() {
        @Override
        public InputStream open(Path file) throws IOException {
          try {
            return new FileInputStream(file.toFile());
          } catch (FileNotFoundException e) {
            // Its message is the C library's, in the user's language: open the file again through
            // Files for an exception that says what went wrong by its type.
            Files.newInputStream(file).close();
            throw new FileSystemException(file.toString(), null, "it could not be opened");
          }
        }
      };

  private final Opener opener;
  private final Path base;
  private final Map<Path, Object> read = new HashMap<>();
  private long remaining = LIMIT;

  FlagfileReader() {
    this(FILES);
  }

  FlagfileReader(Opener opener) {
    this(opener, Path.of(""));
  }

  /**
   * A reader that resolves relative names against {@code base} instead of the working directory,
   * while problems still name files as they were written: the build checks a project's flagfiles
   * from wherever the compiler runs.
   */
  FlagfileReader(Path base) {
    this(FILES, base);
  }

  private FlagfileReader(Opener opener, Path base) {
    this.opener = opener;
    this.base = base;
  }

  /** The file {@code file} names, as an absolute path: what tells two inclusions apart. */
  Path key(Path file) {
    return base.resolve(file).toAbsolutePath().normalize();
  }

  /** The text of {@code file}, read now or the first time it was included. */
  String read(Path file) throws Unreadable {
    Path key = key(file);
    Object known = read.get(key);
    if (known == null) {
      try {
        known = load(file);
      } catch (Unreadable e) {
        known = e;
      }
      read.put(key, known);
    }
    if (known instanceof Unreadable) {
      throw (Unreadable) known;
    }
    Text text = (Text) known;
    if (text.bytes() > remaining) {
      throw tooMuch(file);
    }
    remaining -= text.bytes();
    return text.text();
  }

  private Text load(Path file) throws Unreadable {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(base.resolve(file), BasicFileAttributes.class);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    if (attributes.isDirectory()) {
      throw new Unreadable("flagfile " + file + " is a directory");
    }
    if (!attributes.isRegularFile()) {
      throw new Unreadable(
          "flagfile "
              + file
              + " is not a regular file (a device, pipe or socket); flagfiles must be files");
    }
    if (attributes.size() > remaining) {
      throw tooMuch(file);
    }
    byte[] bytes;
    try (InputStream in = opener.open(base.resolve(file))) {
      bytes = in.readNBytes((int) remaining + 1);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    if (bytes.length > remaining) {
      throw tooMuch(file);
    }
    return new Text(decode(file, bytes), bytes.length);
  }

  /** {@code bytes} as UTF-8, or a problem naming the line of the first bad byte. */
  private static String decode(Path file, byte[] bytes) throws Unreadable {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new Unreadable(Source.flagfile(file, line).prefix() + "not valid UTF-8");
    }
    return out.flip().toString();
  }

  private static Unreadable tooMuch(Path file) {
    return new Unreadable(
        "flagfile "
            + file
            + " is too large: a parse reads at most "
            + (LIMIT >> 20)
            + " MiB of flagfiles, counting each file every time it is included");
  }

  private static Unreadable unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new Unreadable("flagfile not found: " + file);
    }
    if (e instanceof AccessDeniedException) {
      return new Unreadable("cannot read flagfile " + file + ": permission denied");
    }
    String reason =
        e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
            ? ((FileSystemException) e).getReason()
            : e.getMessage();
    return new Unreadable("cannot read flagfile " + file + ": " + reason);
  }
}
