package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.syntax.FlagDataFormat.FIELD;
import static io.github.flagstaff.syntax.FlagDataFormat.LINE;
import static io.github.flagstaff.syntax.FlagDataFormat.escape;

import com.palantir.javapoet.ClassName;
import io.github.flagstaff.processor.model.FlagModel;
import io.github.flagstaff.processor.model.ServiceModel;
import io.github.flagstaff.processor.model.ValueType;
import io.github.flagstaff.processor.model.WebApiModel;
import io.github.flagstaff.processor.model.WebBinaryModel;
import io.github.flagstaff.syntax.FlagDataFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes flags in the compact text the runtime decodes ({@link FlagDataFormat}), and cuts it into
 * pieces that each fit in one compile-time constant.
 */
public final class FlagDataText {
  /** At most this many lines per constant, so javac folds a short concatenation. */
  static final int LINES_PER_PIECE = 100;

  /** {@code --<name>_workers}' default: request threads per API. */
  private static final int DEFAULT_WORKERS = 16;

  /** At most this many bytes of modified UTF-8 per constant (the class file allows 65,535). */
  private static final int BYTES_PER_PIECE = 60_000;

  private FlagDataText() {}

  /** The data of the flag set {@code setName}: its flags, enums numbered as in {@code enums}. */
  public static String of(String setName, List<FlagModel> flags, List<ClassName> enums) {
    StringBuilder out = new StringBuilder(escape(setName)).append(LINE);
    for (FlagModel flag : flags) {
      line(out, flag, enums);
    }
    return out.toString();
  }

  /** The data of {@code service}'s {@code --<topic>_manager}, declared by its main class. */
  public static String managerFlag(ServiceModel service) {
    StringBuilder out = new StringBuilder(service.mainName().canonicalName()).append(LINE);
    out.append(service.managerFlag()).append(FIELD).append("string");
    out.append(FIELD).append(escape("Manager for " + service.binary()));
    attribute(out, FlagDataFormat.DEFAULT, service.defaultManager().type().canonicalName());
    service
        .managers()
        .forEach(m -> attribute(out, FlagDataFormat.CHOICE, m.type().canonicalName()));
    return out.append(LINE).toString();
  }

  /**
   * The data of a web binary's flags, declared by its main class: {@code --<name>_listen}, {@code
   * --<name>_listen_port} and {@code --<name>_workers} of each API.
   */
  public static String webFlags(WebBinaryModel binary) {
    StringBuilder out = new StringBuilder(binary.mainName().canonicalName()).append(LINE);
    for (WebApiModel api : binary.apis()) {
      String name = api.name();
      out.append(name).append("_listen").append(FIELD).append("string").append(FIELD);
      out.append("Address ").append(name).append(" listens on.").append(FIELD);
      out.append("default=0.0.0.0").append(LINE);
      out.append(name).append("_listen_port").append(FIELD).append("int").append(FIELD);
      out.append("Port ").append(name).append(" listens on; 0 picks a free one.").append(FIELD);
      out.append("default=").append(api.port()).append(FIELD).append("min=0");
      out.append(FIELD).append("max=65535").append(LINE);
      out.append(name).append("_workers").append(FIELD).append("int").append(FIELD);
      out.append("Threads answering ").append(name).append("'s requests.").append(FIELD);
      out.append("default=").append(DEFAULT_WORKERS).append(FIELD).append("min=1").append(LINE);
    }
    return out.toString();
  }

  /**
   * The data of {@code service}'s {@code --upgrade_levels_<topic>}, declared by its client: an
   * optional version, unset for no cap.
   */
  public static String upgradeLevelsFlag(ServiceModel service) {
    StringBuilder out = new StringBuilder(service.clientName().canonicalName()).append(LINE);
    out.append(service.upgradeLevelsFlag()).append(FIELD);
    out.append(FlagDataFormat.OPTIONAL).append("version").append(FIELD);
    out.append(
        escape(
            "Highest RPC API version "
                + service.clientName().simpleName()
                + " sends, such as 1.2, during a rolling upgrade (Nova's [upgrade_levels] "
                + service.topic()
                + "); unset for no cap"));
    return out.append(LINE).toString();
  }

  private static void line(StringBuilder out, FlagModel flag, List<ClassName> enums) {
    out.append(escape(flag.name())).append(FIELD).append(type(flag.type(), enums));
    out.append(FIELD).append(escape(flag.help()));
    flag.defaultText().ifPresent(text -> attribute(out, FlagDataFormat.DEFAULT, text));
    if (flag.required()) {
      out.append(FIELD).append(FlagDataFormat.REQUIRED);
    }
    if (flag.secret()) {
      out.append(FIELD).append(FlagDataFormat.SECRET);
    }
    if (flag.mutable()) {
      out.append(FIELD).append(FlagDataFormat.MUTABLE);
    }
    flag.min().ifPresent(min -> attribute(out, FlagDataFormat.MIN, min));
    flag.max().ifPresent(max -> attribute(out, FlagDataFormat.MAX, max));
    flag.choices().forEach(choice -> attribute(out, FlagDataFormat.CHOICE, choice));
    flag.aliases().forEach(alias -> attribute(out, FlagDataFormat.ALIAS, alias));
    out.append(LINE);
  }

  private static void attribute(StringBuilder out, String key, String value) {
    out.append(FIELD).append(key).append('=').append(escape(value));
  }

  private static String type(ValueType type, List<ClassName> enums) {
    String element =
        switch (type.kind()) {
          case ENUM -> FlagDataFormat.ENUM + enums.indexOf(type.enumType());
          case BOOLEAN -> "bool";
          default -> type.kind().name().toLowerCase(Locale.ROOT);
        };
    return switch (type.shape()) {
      case SINGLE -> element;
      case OPTIONAL -> FlagDataFormat.OPTIONAL + element;
      case LIST -> FlagDataFormat.LIST + element;
      case REPEATED -> FlagDataFormat.REPEATED + element;
    };
  }

  /**
   * {@code data} in pieces of at most {@value #LINES_PER_PIECE} lines and 60,000 bytes, cut at line
   * ends where a line fits (a longer line is cut inside; the runtime joins the pieces first).
   */
  static List<String> pieces(String data) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int lines = 0;
    int bytes = 0;
    for (String line : data.split("(?<=\n)")) {
      int size = utf8(line);
      if (lines == LINES_PER_PIECE || (bytes + size > BYTES_PER_PIECE && lines > 0)) {
        pieces.add(piece.toString());
        piece.setLength(0);
        lines = 0;
        bytes = 0;
      }
      while (size > BYTES_PER_PIECE) {
        int cut = BYTES_PER_PIECE / 3;
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
          cut--;
        }
        pieces.add(line.substring(0, cut));
        line = line.substring(cut);
        size = utf8(line);
      }
      piece.append(line);
      lines++;
      bytes += size;
    }
    if (piece.length() > 0) {
      pieces.add(piece.toString());
    }
    return pieces;
  }

  private static int utf8(String text) {
    // Modified UTF-8 as in class files: like UTF-8, but NUL takes two bytes.
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == 0) {
        bytes++;
      }
    }
    return bytes;
  }
}
