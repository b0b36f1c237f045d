package io.github.flagstaff.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up, side by side in one run: builds four programs with the same 200 flags (100 strings, 100
 * ints, with help) and a 200-line flagfile setting all of them, then times each as a whole process,
 * alternating them round by round, and reports medians and the ratio to the JVM floor.
 *
 * <ul>
 *   <li>floor: a {@code main} that prints one line;
 *   <li>discovery: a {@code main} that only finds the class path's flag indexes through {@link
 *       java.util.ServiceLoader}, which every Flagstaff program does: the least a start can cost
 *       while {@code ServiceLoader} is how flag sets are found;
 *   <li>flagstaff-flags: the script form, {@code Program.parseOrExit} over the flags (no service);
 *   <li>flagstaff-service: the generated {@code nova-startup} main, which parses, starts its
 *       service, and exits from {@code initHost()};
 *   <li>picocli: the same options as a picocli {@code @Command} with {@code @Option} fields.
 * </ul>
 *
 * <p>Each but the floor also runs with an AppCDS archive ({@code +appcds}), which shows how much of
 * the cost is class loading; the flags and service programs also through the {@code bin/} launcher,
 * which makes and uses such an archive itself ({@code +launcher}).
 *
 * <p>Usage: {@code StartupHarness <rounds> <work dir>}.
 */
public final class StartupHarness {
  static final int FLAGS = 200;

  /**
   * What each program but the floor and discovery prints: its last two flags, as the flagfile sets
   * them.
   */
  static final String EXPECTED_OUTPUT = "value-99 693";

  /** What discovery prints: it finds the programs' flag index and the runtime's. */
  static final String DISCOVERED = "2 flag indexes";

  private StartupHarness() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/startup");
    Map<String, Double> medians = run(rounds, dir);
    double floor = medians.get("floor");
    System.out.printf(
        "%-28s %10s %7s %8s %12s%n", "program", "median ms", "ratio", "classes", "not shared");
    for (Map.Entry<String, Double> row : medians.entrySet()) {
      int[] classes = classLoading(dir, row.getKey(), COMMANDS.get(row.getKey()));
      System.out.printf(
          "%-28s %10.1f %7.2f %8d %12d%n",
          row.getKey(), row.getValue() / 1e6, row.getValue() / floor, classes[0], classes[1]);
    }
  }

  /** The commands of the last {@link #run}, by program. */
  private static final Map<String, List<String>> COMMANDS = new LinkedHashMap<>();

  /**
   * One more run of {@code command} with {@code -Xlog:class+load}: how many classes it loaded, and
   * how many of them came from no class-data archive (the JDK's or the program's).
   */
  static int[] classLoading(Path dir, String name, List<String> command)
      throws IOException, InterruptedException {
    Path log = dir.resolve(name + ".classes.log").toAbsolutePath();
    String option = "-Xlog:class+load:file=" + log;
    List<String> logged = new ArrayList<>(command);
    if (command.get(0).equals("env")) {
      logged.add(1, "JAVA_OPTS=" + option);
    } else {
      logged.add(1, option);
    }
    Harness.time(dir, logged);
    int all = 0;
    int notShared = 0;
    for (String line : Files.readAllLines(log)) {
      if (line.contains(" source: ")) {
        all++;
        if (!line.contains("source: shared objects file")) {
          notShared++;
        }
      }
    }
    return new int[] {all, notShared};
  }

  /**
   * Builds the programs in {@code dir} and times them {@code rounds} times; medians in ns by
   * program.
   */
  static Map<String, Double> run(int rounds, Path dir) throws Exception {
    Files.createDirectories(dir);
    Map<String, List<String>> commands = build(dir);
    for (String name : List.of("discovery", "flagstaff-flags", "flagstaff-service", "picocli")) {
      commands.put(name + "+appcds", withAppCds(dir, name, commands.get(name)));
    }
    commands.putAll(throughLauncher(dir));
    COMMANDS.clear();
    COMMANDS.putAll(commands);
    Map<String, List<Long>> samples = new LinkedHashMap<>();
    commands.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
    List<String> order = new ArrayList<>(commands.keySet());
    for (int warmUp = 0; warmUp < 2; warmUp++) {
      // Twice: the launcher's first run records its archive, the second puts it in place.
      for (String name : order) {
        Harness.time(dir, commands.get(name));
      }
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < order.size(); i++) {
        String name = order.get((round + i) % order.size());
        samples.get(name).add(Harness.time(dir, commands.get(name)));
      }
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    samples.forEach((name, times) -> medians.put(name, Harness.median(times)));
    return medians;
  }

  /**
   * Writes and compiles the programs and the flagfile in {@code dir}; the command of each by name.
   * Each prints {@link #EXPECTED_OUTPUT} (the floor prints {@code floor}, discovery {@link
   * #DISCOVERED}).
   */
  static Map<String, List<String>> build(Path dir) throws IOException, InterruptedException {
    Path src = dir.resolve("src/startup");
    Files.createDirectories(src);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    StringBuilder flags = new StringBuilder("package startup;\nimport io.github.flagstaff.Flag;\n");
    flags.append("public interface StartupFlags {\n");
    StringBuilder options = new StringBuilder("package startup;\nimport picocli.CommandLine;\n");
    options.append("@CommandLine.Command(name = \"picocli-startup\")\n");
    options.append("public final class PicocliStartup implements Runnable {\n");
    StringBuilder flagfile = new StringBuilder();
    for (int i = 0; i < FLAGS / 2; i++) {
      flags
          .append("  @Flag(help = \"String flag number ")
          .append(i)
          .append(" of the start-up benchmark.\", defaultValue = \"s")
          .append(i)
          .append("\")\n");
      flags.append("  String s").append(i).append("();\n");
      flags
          .append("  @Flag(help = \"Int flag number ")
          .append(i)
          .append(" of the start-up benchmark.\", defaultValue = \"")
          .append(i)
          .append("\")\n");
      flags.append("  int i").append(i).append("();\n");
      options
          .append("  @CommandLine.Option(names = \"--s")
          .append(i)
          .append("\", description = \"String flag number ")
          .append(i)
          .append(" of the start-up benchmark.\") String s")
          .append(i)
          .append(" = \"s")
          .append(i)
          .append("\";\n");
      options
          .append("  @CommandLine.Option(names = \"--i")
          .append(i)
          .append("\", description = \"Int flag number ")
          .append(i)
          .append(" of the start-up benchmark.\") int i")
          .append(i)
          .append(" = ")
          .append(i)
          .append(";\n");
      flagfile.append("--s").append(i).append("=value-").append(i).append('\n');
      flagfile.append("--i").append(i).append('=').append(i * 7).append('\n');
    }
    flags.append("}\n");
    options.append(
        "  public void run() { System.out.print(s99); System.out.print(' ');"
            + " System.out.println(i99); }\n");
    options.append(
        "  public static void main(String[] args) { System.exit(new CommandLine(new"
            + " PicocliStartup()).execute(args)); }\n"
            + "}\n");
    Files.writeString(src.resolve("StartupFlags.java"), flags);
    Files.writeString(src.resolve("PicocliStartup.java"), options);
    Files.writeString(dir.resolve("startup.conf"), flagfile);
    Files.writeString(
        src.resolve("Floor.java"),
        "package startup;\npublic final class Floor {\n  public static void main(String[] args) {\n"
            + "    System.out.println(\"floor\");\n  }\n}\n");
    Files.writeString(
        src.resolve("DiscoveryOnly.java"),
        "package startup;\nimport io.github.flagstaff.runtime.flags.FlagIndex;\n"
            + "import java.util.ServiceLoader;\n"
            + "public final class DiscoveryOnly {\n  public static void main(String[] args) {\n"
            + "    int indexes = 0;\n"
            + "    for (FlagIndex index : ServiceLoader.load(FlagIndex.class)) {\n"
            + "      indexes++;\n    }\n"
            + "    System.out.print(indexes);\n"
            + "    System.out.println(\" flag indexes\");\n  }\n}\n");
    Files.writeString(
        src.resolve("FlagsOnly.java"),
        "package startup;\nimport io.github.flagstaff.runtime.flags.Program;\n"
            + "public final class FlagsOnly {\n  public static void main(String[] args) {\n"
            + "    StartupFlags flags = Program.named(\"flags-only\").parseOrExit(args).values()"
            + ".get(StartupFlags.class);\n"
            + "    System.out.print(flags.s99());\n    System.out.print(' ');\n"
            + "    System.out.println(flags.i99());\n  }\n}\n");
    Files.writeString(
        src.resolve("StartupManager.java"),
        "package startup;\n"
            + "import io.github.flagstaff.ServiceManager;\n"
            + "import io.github.flagstaff.runtime.service.Manager;\n"
            + "@ServiceManager(topic = \"startup\")\n"
            + "public class StartupManager extends Manager {\n"
            + "  private final StartupFlags flags;\n"
            + "  public StartupManager(StartupFlags flags) {\n"
            + "    this.flags = flags;\n"
            + "  }\n"
            + "  @Override\n"
            + "  public void initHost() {\n"
            + "    System.out.print(flags.s99());\n"
            + "    System.out.print(' ');\n"
            + "    System.out.println(flags.i99());\n"
            + "    System.exit(0);\n"
            + "  }\n"
            + "}\n");
    String runtime = Harness.runtimeClassPath();
    List<Path> sources;
    try (var files = Files.list(src)) {
      sources = files.toList();
    }
    Harness.javac(
        dir,
        List.of(
            "-d", classes.toString(), "-cp", runtime, "-processorpath", Harness.processorPath()),
        sources);
    Path jar = Harness.jar(classes, dir.resolve("startup.jar"));
    String cp = jar + File.pathSeparator + runtime;
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("floor", List.of(Harness.java(), "-cp", jar.toString(), "startup.Floor"));
    commands.put("discovery", List.of(Harness.java(), "-cp", cp, "startup.DiscoveryOnly"));
    commands.put(
        "flagstaff-flags",
        List.of(Harness.java(), "-cp", cp, "startup.FlagsOnly", "--flagfile=startup.conf"));
    commands.put(
        "flagstaff-service",
        List.of(Harness.java(), "-cp", cp, "startup.NovaStartupMain", "--flagfile=startup.conf"));
    commands.put(
        "picocli", List.of(Harness.java(), "-cp", cp, "startup.PicocliStartup", "@startup.conf"));
    return commands;
  }

  /**
   * The flags-only and service programs run as a user runs them, through the {@code bin/} launcher
   * of {@code examples/} ({@code flagstaff-java}), which makes and uses their class-data archive
   * itself: an installation laid out as {@code mvn install} leaves one, in {@code dir/launcher}.
   */
  static Map<String, List<String>> throughLauncher(Path dir) throws IOException {
    Path install = dir.resolve("launcher").toAbsolutePath();
    Path bin = Files.createDirectories(install.resolve("bin"));
    Path lib = Files.createDirectories(install.resolve("target/lib"));
    Files.copy(
        launcherScript(), bin.resolve("flagstaff-java"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        dir.resolve("startup.jar"),
        install.resolve("target/startup.jar"),
        StandardCopyOption.REPLACE_EXISTING);
    for (String entry : Harness.runtimeClassPath().split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (entry.endsWith(".jar")) {
        Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      } else {
        Harness.jar(jar, lib.resolve(jar.getParent().getParent().getFileName() + ".jar"));
      }
    }
    Map<String, List<String>> commands = new LinkedHashMap<>();
    for (String[] program :
        List.of(
            new String[] {"flagstaff-flags", "startup.FlagsOnly"},
            new String[] {"flagstaff-service", "startup.NovaStartupMain"})) {
      Path script = bin.resolve(program[0]);
      Files.writeString(
          script,
          "#!/bin/sh\nhere=$(cd \"${0%/*}/..\" && pwd)\nFLAGSTAFF_APP_JAR=startup.jar\n"
              + ". \"$here/bin/flagstaff-java\"\nrun_java "
              + program[0]
              + " "
              + program[1]
              + " \"$@\"\n");
      commands.put(
          program[0] + "+launcher",
          List.of(
              "env",
              "JAVA_HOME=" + System.getProperty("java.home"),
              "sh",
              script.toString(),
              "--flagfile=startup.conf"));
    }
    return commands;
  }

  /** {@code examples/bin/flagstaff-java}, from the property {@code flagstaff.launcher} or near. */
  private static Path launcherScript() {
    String property = System.getProperty("flagstaff.launcher");
    return property != null ? Path.of(property) : Path.of("../examples/bin/flagstaff-java");
  }

  /**
   * {@code command} with an application class-data archive (AppCDS) recorded by one run of it: the
   * JVM's own remedy for class loading at start-up, open to every program.
   */
  private static List<String> withAppCds(Path dir, String name, List<String> command)
      throws IOException, InterruptedException {
    Path archive = dir.resolve(name + ".jsa").toAbsolutePath();
    List<String> record = new ArrayList<>(command);
    record.add(1, "-XX:ArchiveClassesAtExit=" + archive);
    Harness.time(dir, record);
    List<String> use = new ArrayList<>(command);
    use.add(1, "-XX:SharedArchiveFile=" + archive);
    return use;
  }
}
