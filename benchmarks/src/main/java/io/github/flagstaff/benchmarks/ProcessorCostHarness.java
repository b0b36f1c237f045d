package io.github.flagstaff.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The processor's cost: generates a user module with 1,000 flags in 100 flag sets and 20 managers,
 * and compiles it with plain javac with and without the processor (same sources), alternating,
 * reporting the median of each and the ratio.
 *
 * <p>Usage: {@code ProcessorCostHarness <rounds> <work dir>}.
 */
public final class ProcessorCostHarness {
  private static final int MANAGERS = 20;
  private static final int SETS_PER_MANAGER = 5;
  private static final int FLAGS_PER_SET = 10;

  private ProcessorCostHarness() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/processor-cost").toAbsolutePath();
    double[] medians = run(rounds, dir);
    System.out.printf(
        "javac without the processor: %8.0f ms (median of %d)%n", medians[0] / 1e6, rounds);
    System.out.printf(
        "javac with the processor:    %8.0f ms (median of %d)%n", medians[1] / 1e6, rounds);
    System.out.printf("the processor adds %.0f%%%n", (medians[1] / medians[0] - 1) * 100);
  }

  /** Medians in ns: {without, with}. */
  static double[] run(int rounds, Path dir) throws IOException, InterruptedException {
    List<Path> sources = generate(dir.resolve("src"));
    String classPath = Harness.runtimeClassPath();
    List<Long> without = new ArrayList<>();
    List<Long> with = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (int which = 0; which < 2; which++) {
        boolean processor = (round + which) % 2 == 1;
        Path out = Files.createTempDirectory(dir, "classes");
        List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-cp", classPath));
        if (processor) {
          options.addAll(List.of("-processorpath", Harness.processorPath()));
        } else {
          options.add("-proc:none");
        }
        (processor ? with : without).add(Harness.javac(dir, options, sources));
      }
    }
    return new double[] {Harness.median(without), Harness.median(with)};
  }

  private static List<Path> generate(Path src) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int m = 0; m < MANAGERS; m++) {
      Path pkg = Files.createDirectories(src.resolve("cost/p" + m));
      StringBuilder constructor = new StringBuilder();
      for (int s = 0; s < SETS_PER_MANAGER; s++) {
        int set = m * SETS_PER_MANAGER + s;
        StringBuilder flags =
            new StringBuilder("package cost.p" + m + ";\nimport io.github.flagstaff.Flag;\n");
        flags.append("public interface Flags").append(set).append(" {\n");
        for (int f = 0; f < FLAGS_PER_SET; f++) {
          String name = "f" + set + "_" + f;
          if (f % 2 == 0) {
            flags
                .append("  @Flag(name = \"")
                .append(name)
                .append("\", help = \"String flag ")
                .append(name)
                .append(".\", defaultValue = \"v\") String ")
                .append("s")
                .append(f)
                .append("();\n");
          } else {
            flags
                .append("  @Flag(name = \"")
                .append(name)
                .append("\", help = \"Int flag ")
                .append(name)
                .append(".\", defaultValue = \"1\", min = \"0\") int ")
                .append("i")
                .append(f)
                .append("();\n");
          }
        }
        flags.append("}\n");
        files.add(Files.writeString(pkg.resolve("Flags" + set + ".java"), flags));
        constructor.append(s == 0 ? "" : ", ").append("Flags").append(set).append(" f").append(s);
      }
      String manager =
          "package cost.p"
              + m
              + ";\n"
              + "import io.github.flagstaff.*;\nimport io.github.flagstaff.runtime.service.*;\n"
              + "@ServiceManager(topic = \"t"
              + m
              + "\")\n"
              + "public class Manager"
              + m
              + " extends Manager {\n"
              + "  public Manager"
              + m
              + "("
              + constructor
              + ", ServiceContext context) {}\n"
              + "  @PeriodicTask(spacing = \"10s\") public void tick() {}\n"
              + "  @Rpc public int work(String item, int times) { return times; }\n"
              + "}\n";
      files.add(Files.writeString(pkg.resolve("Manager" + m + ".java"), manager));
    }
    return files;
  }
}
