package io.github.flagstaff.runtime.flags;

import static io.github.flagstaff.runtime.flags.Parsing.PARSER;
import static io.github.flagstaff.runtime.flags.Parsing.problems;
import static io.github.flagstaff.runtime.flags.Parsing.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flagfiles that are not what they should be cost bounded time and memory, and say what is wrong.
 */
class FlagfileLimitsTest {
  private static final String NOT_A_FILE =
      " is not a regular file (a device, pipe or socket); flagfiles must be files";

  @TempDir Path dir;

  private final AtomicInteger opened = new AtomicInteger();

  /** A reader that counts the files it opens. */
  private FlagfileReader countingReader() {
    return new FlagfileReader(
        file -> {
          opened.incrementAndGet();
          return Files.newInputStream(file);
        });
  }

  private List<String> problemsReading(FlagfileReader reader, String... args) {
    return assertThrows(FlagException.class, () -> PARSER.parse(List.of(args), reader)).problems();
  }

  @Test
  void devicesAreRefusedWithoutBeingRead() {
    for (String device : List.of("/dev/zero", "/dev/urandom")) {
      assertEquals(
          List.of("flagfile " + device + NOT_A_FILE),
          problemsReading(countingReader(), "--flagfile=" + device));
    }
    assertEquals(0, opened.get());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFifoWithNoWriterIsRefusedWithoutOpeningIt() throws Exception {
    Path fifo = dir.resolve("fifo.conf");
    assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo failed");
    assertEquals(
        List.of("flagfile " + fifo + NOT_A_FILE),
        problemsReading(countingReader(), "--flagfile=" + fifo));
    assertEquals(0, opened.get());
  }

  @Test
  void aDirectoryIsRefused() {
    assertEquals(List.of("flagfile " + dir + " is a directory"), problems("--flagfile=" + dir));
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeItIsOpened() throws IOException {
    Path sparse = dir.resolve("sparse.conf");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(3L << 30);
    }
    assertEquals(
        List.of(
            "flagfile "
                + sparse
                + " is too large: a parse reads at most 32 MiB of flagfiles, counting each file"
                + " every time it is included"),
        problemsReading(countingReader(), "--flagfile=" + sparse));
    assertEquals(0, opened.get());
  }

  @Test
  void everyInclusionCountsAgainstTheLimit() throws IOException {
    Path big = dir.resolve("big.conf");
    String comment = "# " + "x".repeat(1021) + "\n";
    Files.writeString(big, comment.repeat(9 * 1024) + "--port=7\n", StandardCharsets.UTF_8);
    assertEquals(7, Parsing.flags("--flagfile=" + big + "," + big + "," + big).port());
    List<String> problems =
        problemsReading(countingReader(), "--flagfile=" + big + "," + big + "," + big + "," + big);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("flagfile " + big + " is too large"), problems.get(0));
    assertEquals(1, opened.get());
  }

  @Test
  void aFileIncludedManyTimesIsReadOnce() throws FlagException {
    write(dir.resolve("f8.conf"), "--tag=x");
    for (int level = 7; level >= 0; level--) {
      String next = "f" + (level + 1) + ".conf";
      write(dir.resolve("f" + level + ".conf"), "--flagfile=" + next, "--flagfile=" + next);
    }
    ParseResult result =
        PARSER.parse(List.of("--flagfile=" + dir.resolve("f0.conf")), countingReader());
    assertEquals(Collections.nCopies(256, "x"), result.values().get(TestFlags.class).tag());
    assertEquals(9, opened.get());
  }

  @Test
  void anIncludeFanOutEndsInAClearErrorAfterReadingEachFileOnce() {
    write(dir.resolve("f15.conf"), "--tag=x");
    for (int level = 14; level >= 0; level--) {
      String next = "f" + (level + 1) + ".conf";
      write(dir.resolve("f" + level + ".conf"), "--flagfile=" + next, "--flagfile=" + next);
    }
    List<String> problems =
        problemsReading(countingReader(), "--flagfile=" + dir.resolve("f0.conf"));
    assertTrue(problems.get(0).contains("too many nested flagfiles reading"), problems.get(0));
    assertEquals(16, opened.get());
  }

  @Test
  void problemsAreReportedUpToAHundredThenCounted() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      lines.add("garbage " + i);
    }
    Path file = write(dir.resolve("garbage.conf"), lines.toArray(String[]::new));
    List<String> problems = problems("--flagfile=" + file);
    assertEquals(101, problems.size());
    assertEquals(
        file + ":1: not a flag: 'garbage 0' (flagfile lines are --name=value)", problems.get(0));
    assertEquals("... and 9900 more problems", problems.get(100));
  }

  @Test
  void unknownFlagsAreReportedUpToAHundredThenCounted() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      lines.add("--unknown_" + i + "=1");
    }
    Path file = write(dir.resolve("unknown.conf"), lines.toArray(String[]::new));
    List<String> problems = problems("--flagfile=" + file);
    assertEquals(101, problems.size());
    assertEquals(file + ":1: unknown flag --unknown_0", problems.get(0));
    assertEquals("... and 19900 more problems", problems.get(100));
  }

  @Test
  void echoedLinesAreCutShortAndTheirControlCharactersEscaped() {
    Path file = write(dir.resolve("long.conf"), "x".repeat(1_000_000), "bad\u001b[2J\u0007line");
    List<String> problems = problems("--flagfile=" + file);
    assertEquals(
        List.of(
            file
                + ":1: not a flag: '"
                + "x".repeat(80)
                + "... (999920 more characters)' (flagfile lines are --name=value)",
            file + ":2: not a flag: 'bad\\u001b[2J\\u0007line' (flagfile lines are --name=value)"),
        problems);
  }

  @Test
  void anUnreadableFlagfileSaysPermissionDenied() throws IOException {
    Path locked = dir.resolve("locked.conf");
    Files.writeString(locked, "--port=1\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    // Root reads any file whatever its mode; the kernel refuses even root a write-only sysctl.
    Path unreadable = Files.isReadable(locked) ? Path.of("/proc/sys/vm/compact_memory") : locked;
    assumeTrue(
        Files.isRegularFile(unreadable) && !Files.isReadable(unreadable),
        "no file here that this user cannot read");
    assertEquals(
        List.of("cannot read flagfile " + unreadable + ": permission denied"),
        problems("--flagfile=" + unreadable));
  }
}
