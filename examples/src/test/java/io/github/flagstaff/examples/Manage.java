package io.github.flagstaff.examples;

import io.github.flagstaff.examples.JavaProcess.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code manage/bin/flagstaff-manage}, as an operator would. */
final class Manage {
  private static final Path SCRIPT =
      Path.of("..", "manage", "bin", "flagstaff-manage").toAbsolutePath().normalize();

  private Manage() {}

  /** Runs it with {@code args} in {@code dir} and waits up to a minute. */
  static Result run(Path dir, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(SCRIPT.toString());
    command.addAll(args);
    return JavaProcess.run(dir, command);
  }
}
