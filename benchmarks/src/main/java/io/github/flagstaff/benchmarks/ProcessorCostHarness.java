package io.github.flagstaff.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The processor's cost, against picocli's: generates a Flagstaff module with 1,000 flags in 100
 * flag sets and 20 managers (each taking 5 flag sets, with a periodic task and an {@code @Rpc}
 * method), and a picocli module with the same 1,000 options as {@code @Option} fields in 100
 * classes mixed into 20 {@code @Command} classes; compiles each with plain javac, with and without
 * its annotation processor (Flagstaff's; picocli-codegen's), the Flagstaff module with the code its
 * processor generates as plain sources (what compiling that code costs, without the processor), and
 * with a {@link CopyingProcessor} that writes that code, or only its typed views, doing no work of
 * its own (the least a processor generating it can cost), the seven alternating round by round;
 * reports the median of each, the ratios, and the lines the Flagstaff processor generates per flag.
 *
 * <p>Usage: {@code ProcessorCostHarness <rounds> <work dir>}.
 */
public final class ProcessorCostHarness {
  private static final int MANAGERS = 20;
  private static final int SETS_PER_MANAGER = 5;
  private static final int FLAGS_PER_SET = 10;
  private static final int FLAGS = MANAGERS * SETS_PER_MANAGER * FLAGS_PER_SET;

  private static final String[] NAMES = {
    "flagstaff -proc:none",
    "flagstaff + processor",
    "picocli -proc:none",
    "picocli + codegen",
    "flagstaff + generated -proc:none",
    "flagstaff + copying views",
    "flagstaff + copying all"
  };

  private ProcessorCostHarness() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/processor-cost").toAbsolutePath();
    Files.createDirectories(dir);
    List<Path> flagstaff = generateFlagstaff(dir.resolve("flagstaff-src"));
    List<Path> picocli = generatePicocli(dir.resolve("picocli-src"));
    List<Path> withGenerated = new ArrayList<>(flagstaff);
    withGenerated.addAll(generatedOnce(dir, flagstaff));
    Path views = viewsOnly(dir);
    List<List<Long>> samples = new ArrayList<>();
    for (int i = 0; i < NAMES.length; i++) {
      samples.add(new ArrayList<>());
    }
    Path generated = null;
    for (int round = 0; round < rounds; round++) {
      for (int step = 0; step < NAMES.length; step++) {
        int which = (round + step) % NAMES.length;
        Path out = Files.createTempDirectory(dir, "classes");
        Path sources = Files.createTempDirectory(dir, "generated");
        List<String> options =
            new ArrayList<>(List.of("-d", out.toString(), "-s", sources.toString()));
        boolean isFlagstaff = which != 2 && which != 3;
        options.addAll(
            List.of(
                "-cp", isFlagstaff ? Harness.runtimeClassPath() : Harness.classPath("/picocli-")));
        if (which == 1) {
          options.addAll(List.of("-processorpath", Harness.processorPath()));
          if (generated != null) {
            delete(generated);
          }
          generated = sources;
        } else if (which == 3) {
          options.addAll(
              List.of("-processorpath", Harness.classPath("picocli"), "-Aproject=cost/picocli"));
        } else if (which >= 5) {
          Path from = which == 5 ? views : dir.resolve("generated-once");
          options.addAll(
              List.of(
                  "-processorpath",
                  Harness.classPath("/benchmarks/target/classes|flagstaff-benchmarks"),
                  "-processor",
                  CopyingProcessor.class.getName(),
                  "-A" + CopyingProcessor.FROM + "=" + from));
        } else {
          options.add("-proc:none");
        }
        List<Path> compiled = which == 4 ? withGenerated : isFlagstaff ? flagstaff : picocli;
        samples.get(which).add(Harness.javac(dir, options, compiled));
        delete(out);
        if (sources != generated) {
          delete(sources);
        }
      }
    }
    double[] medians = new double[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      medians[i] = Harness.median(samples.get(i));
      System.out.printf("%-24s %8.0f ms (median of %d)%n", NAMES[i], medians[i] / 1e6, rounds);
    }
    System.out.printf("Flagstaff processor ratio:   %.2fx%n", medians[1] / medians[0]);
    System.out.printf("picocli-codegen ratio:       %.2fx%n", medians[3] / medians[2]);
    System.out.printf(
        "Flagstaff vs picocli, with their processors: %.2fx%n", medians[1] / medians[3]);
    System.out.printf(
        "of the processor's cost (%.0f ms), compiling the generated code: %.0f ms%n",
        (medians[1] - medians[0]) / 1e6, (medians[4] - medians[0]) / 1e6);
    System.out.printf(
        "a processor doing no work of its own, writing the typed views: %.2fx;"
            + " writing all the generated code: %.2fx%n",
        medians[5] / medians[0], medians[6] / medians[0]);
    long[] counted = count(generated);
    System.out.printf(
        "generated: %d files, %d lines, %.2f lines per flag (user sources: %.1f lines per flag)%n",
        counted[0], counted[1], counted[1] / (double) FLAGS, lines(flagstaff) / (double) FLAGS);
  }

  /**
   * Runs the processor over {@code sources} once, untimed, and returns what it generated (kept in
   * {@code dir/generated-once}), for the compile of the module with its generated code as plain
   * sources.
   */
  private static List<Path> generatedOnce(Path dir, List<Path> sources)
      throws IOException, InterruptedException {
    Path generated = dir.resolve("generated-once");
    if (Files.exists(generated)) {
      delete(generated);
    }
    Files.createDirectories(generated);
    Path out = Files.createTempDirectory(dir, "classes");
    List<String> options =
        List.of(
            "-d",
            out.toString(),
            "-s",
            generated.toString(),
            "-cp",
            Harness.runtimeClassPath(),
            "-processorpath",
            Harness.processorPath());
    Harness.javac(dir, options, sources);
    delete(out);
    return javaFiles(generated);
  }

  /**
   * The typed views among the generated code ({@code *Values.java}: one per flag set, which issue
   * 10 asks for), copied to {@code dir/views-once}.
   */
  private static Path viewsOnly(Path dir) throws IOException {
    Path generated = dir.resolve("generated-once");
    Path views = dir.resolve("views-once");
    if (Files.exists(views)) {
      delete(views);
    }
    for (Path file : javaFiles(generated)) {
      if (file.getFileName().toString().endsWith("Values.java")) {
        Path copy = views.resolve(generated.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    return views;
  }

  /** Deletes {@code dir} and everything under it. */
  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Files and lines of the Java sources under {@code dir}. */
  private static long[] count(Path dir) throws IOException {
    List<Path> files = javaFiles(dir);
    return new long[] {files.size(), lines(files)};
  }

  /** The Java sources under {@code dir}. */
  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }

  private static long lines(List<Path> files) throws IOException {
    long lines = 0;
    for (Path file : files) {
      lines += Files.readAllLines(file).size();
    }
    return lines;
  }

  private static List<Path> generateFlagstaff(Path src) throws IOException {
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
            flags.append("  @Flag(name = \"").append(name).append("\", help = \"String flag ");
            flags.append(name).append(".\", defaultValue = \"v\") String s").append(f);
          } else {
            flags.append("  @Flag(name = \"").append(name).append("\", help = \"Int flag ");
            flags.append(name).append(".\", defaultValue = \"1\", min = \"0\") int i").append(f);
          }
          flags.append("();\n");
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

  /** The same options for picocli: a class of 10 per flag set, 5 mixed into each command. */
  private static List<Path> generatePicocli(Path src) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int m = 0; m < MANAGERS; m++) {
      Path pkg = Files.createDirectories(src.resolve("cost/p" + m));
      StringBuilder mixins = new StringBuilder();
      for (int s = 0; s < SETS_PER_MANAGER; s++) {
        int set = m * SETS_PER_MANAGER + s;
        StringBuilder options =
            new StringBuilder("package cost.p" + m + ";\nimport picocli.CommandLine.Option;\n");
        options.append("public class Options").append(set).append(" {\n");
        for (int f = 0; f < FLAGS_PER_SET; f++) {
          String name = "f" + set + "_" + f;
          if (f % 2 == 0) {
            options.append("  @Option(names = \"--").append(name);
            options.append("\", description = \"String flag ").append(name);
            options.append(".\", defaultValue = \"v\") String s").append(f).append(";\n");
          } else {
            options.append("  @Option(names = \"--").append(name);
            options.append("\", description = \"Int flag ").append(name);
            options.append(".\", defaultValue = \"1\") int i").append(f).append(";\n");
          }
        }
        options.append("}\n");
        files.add(Files.writeString(pkg.resolve("Options" + set + ".java"), options));
        mixins.append("  @Mixin Options").append(set).append(" o").append(s).append(";\n");
      }
      String command =
          "package cost.p"
              + m
              + ";\n"
              + "import picocli.CommandLine.Command;\nimport picocli.CommandLine.Mixin;\n"
              + "@Command(name = \"nova-t"
              + m
              + "\", mixinStandardHelpOptions = true)\n"
              + "public class Command"
              + m
              + " implements Runnable {\n"
              + mixins
              + "  @Override public void run() {}\n"
              + "}\n";
      files.add(Files.writeString(pkg.resolve("Command" + m + ".java"), command));
    }
    return files;
  }
}
