package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's Maven project with the README's {@code maven-compiler-plugin} element, built by {@code
 * mvn} in a child process: a typo in its {@code etc/nova.conf} fails the build, naming the file and
 * line, and the build passes once the typo is fixed. It runs offline against the local repository
 * the build in progress installs into, so the Flagstaff artifacts must be installed first ({@code
 * mvn install}, as CI runs, installs every module before this one's tests).
 */
class UserFlagfileEndToEndTest {
  private static final String MARKER = "<!-- flagfile-check-pom";

  @TempDir static Path project;
  private static String repository;

  @BeforeAll
  static void writeTheUserProject() throws IOException {
    repository = property("flagstaff.test.maven.repo");
    String version = property("flagstaff.test.version");
    Path processor =
        Path.of(repository, "io/github/flagstaff/flagstaff-processor", version)
            .resolve("flagstaff-processor-" + version + ".jar");
    assertTrue(
        Files.isRegularFile(processor),
        "this test builds against the installed Flagstaff; run mvn install first (missing "
            + processor
            + ")");
    Files.writeString(
        project.resolve("pom.xml"),
        String.join(
            "\n",
            "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">",
            "  <modelVersion>4.0.0</modelVersion>",
            "  <groupId>com.acme</groupId>",
            "  <artifactId>acme-service</artifactId>",
            "  <version>1.0</version>",
            "  <properties>",
            "    <maven.compiler.release>17</maven.compiler.release>",
            "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>",
            "    <flagstaff.version>" + version + "</flagstaff.version>",
            "  </properties>",
            "  <dependencies>",
            "    <dependency>",
            "      <groupId>io.github.flagstaff</groupId>",
            "      <artifactId>flagstaff-runtime</artifactId>",
            "      <version>${flagstaff.version}</version>",
            "    </dependency>",
            "  </dependencies>",
            "  <build>",
            "    <plugins>",
            "      <plugin>",
            "        <artifactId>maven-resources-plugin</artifactId>",
            "        <version>3.3.1</version>",
            "      </plugin>",
            readmeSnippet(),
            "    </plugins>",
            "  </build>",
            "</project>",
            ""));
    Path src = Files.createDirectories(project.resolve("src/main/java/com/acme"));
    Files.writeString(
        src.resolve("AcmeFlags.java"),
        String.join(
            "\n",
            "package com.acme;",
            "import io.github.flagstaff.Flag;",
            "public interface AcmeFlags {",
            "  @Flag(help = \"Worker threads.\", defaultValue = \"4\", min = \"1\") int"
                + " acmeWorkers();",
            "  @Flag(help = \"Region.\", defaultValue = \"west\") String acmeRegion();",
            "}",
            ""));
    Files.createDirectories(project.resolve("etc/prod"));
    Files.writeString(project.resolve("etc/prod/east.conf"), "--acme_region=east\n");
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertNotEquals(null, value, name + " is set by examples/pom.xml's surefire configuration");
    return value;
  }

  /** The {@code <plugin>} element the README gives for the flagfile check. */
  private static String readmeSnippet() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int marker = readme.indexOf(MARKER);
    assertTrue(marker >= 0, "README.md has no " + MARKER);
    int start = readme.indexOf("```xml\n", marker) + "```xml\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  private record Build(int exitCode, String output) {}

  private static Build mvn() throws IOException, InterruptedException {
    String home = System.getProperty("flagstaff.test.maven.home");
    String mvn = home == null ? "mvn" : Path.of(home, "bin", "mvn").toString();
    Path log = Files.createTempFile("mvn", ".log");
    try {
      Process process =
          new ProcessBuilder(
                  List.of(mvn, "-B", "-o", "-Dmaven.repo.local=" + repository, "compile"))
              .directory(project.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("mvn timed out:\n" + Files.readString(log));
      }
      return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  @Test
  void aTypoInTheFlagfileFailsTheBuildUntilFixed() throws Exception {
    Path flagfile = project.resolve("etc/nova.conf");
    Files.writeString(flagfile, "--report_interval=10s\n--acme_workrs=8\n");
    Build broken = mvn();
    assertNotEquals(0, broken.exitCode(), broken.output());
    assertTrue(
        broken
            .output()
            .contains(
                "[ERROR] etc/nova.conf:2: unknown flag --acme_workrs; did you mean"
                    + " --acme_workers?"),
        broken.output());

    Files.writeString(flagfile, "--report_interval=10s\n--acme_workers=8\n");
    Build fixed = mvn();
    assertEquals(0, fixed.exitCode(), fixed.output());
    assertTrue(fixed.output().contains("BUILD SUCCESS"), fixed.output());
  }
}
