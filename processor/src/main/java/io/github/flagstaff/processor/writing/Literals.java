package io.github.flagstaff.processor.writing;

import com.palantir.javapoet.CodeBlock;
import java.time.Duration;

/** Java expressions for values known at compile time. */
final class Literals {

  private Literals() {}

  /**
   * The plainest factory call that makes {@code duration}, such as {@code Duration.ofSeconds(10)};
   * none parses text at run time (which would load the JDK's regular expressions at start-up).
   */
  static CodeBlock duration(Duration duration) {
    long seconds = duration.getSeconds();
    if (duration.getNano() % 1_000_000 != 0) {
      return CodeBlock.of("$T.ofSeconds($LL, $L)", Duration.class, seconds, duration.getNano());
    }
    if (duration.getNano() != 0) {
      return CodeBlock.of("$T.ofMillis($LL)", Duration.class, duration.toMillis());
    }
    if (seconds != 0 && seconds % 3600 == 0) {
      return CodeBlock.of("$T.ofHours($L)", Duration.class, seconds / 3600);
    }
    if (seconds != 0 && seconds % 60 == 0) {
      return CodeBlock.of("$T.ofMinutes($L)", Duration.class, seconds / 60);
    }
    return CodeBlock.of("$T.ofSeconds($L)", Duration.class, seconds);
  }
}
