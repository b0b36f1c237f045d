package io.github.flagstaff.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.github.flagstaff.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import io.github.flagstaff.processor.validation.ErrorReporter;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Working with other processors across rounds, and reporting the processor's own failures. */
class RoundsTest {
  @TempDir Path classes;

  private static final JavaFileObject COLOR_FLAGS =
      source(
          "ColorFlags",
          "package test;",
          "public interface ColorFlags {",
          "  @io.github.flagstaff.Flag(help = \"Paint.\", defaultValue = \"red\")",
          "  Color paint();",
          "  @io.github.flagstaff.Flag(help = \"More.\", defaultValue = \"red,blue\")",
          "  java.util.List<Color> more();",
          "}");

  /**
   * Another processor, called in every round: it counts them and, given a type, writes that type's
   * source in its first round, as a processor generating code might.
   */
  private static final class OtherProcessor extends AbstractProcessor {
    private final String type;
    private final String text;
    int rounds;

    /** One that only counts rounds. */
    OtherProcessor() {
      this(null, null);
    }

    OtherProcessor(String type, String text) {
      this.type = type;
      this.text = text;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (rounds++ == 0 && type != null) {
        try (Writer out = processingEnv.getFiler().createSourceFile(type).openWriter()) {
          out.write(text);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  /** Generates the enum {@code test.Color}. */
  private static OtherProcessor colorProcessor() {
    return new OtherProcessor("test.Color", "package test;\npublic enum Color { RED, BLUE }\n");
  }

  /** Generates the flag set {@code test.late.LateFlags} with {@code members} as its body. */
  private static OtherProcessor lateFlagsProcessor(String members) {
    return new OtherProcessor(
        "test.late.LateFlags",
        "package test.late;\npublic interface LateFlags {\n" + members + "}\n");
  }

  private static final String LATE =
      "  @io.github.flagstaff.Flag(help = \"L.\", defaultValue = \"3\") int late();\n";

  @Test
  void aFlagTypeAnotherProcessorGeneratesLaterIsAwaited() {
    Compilation compilation =
        javac().withProcessors(new FlagstaffProcessor(), colorProcessor()).compile(COLOR_FLAGS);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.ColorFlagsValues")
        .contentsAsUtf8String()
        .contains("paint\\tenum:0\\tPaint.\\tdefault=red\\n");
    assertThat(compilation)
        .generatedSourceFile("io.github.flagstaff.index.FlagIndex_test")
        .contentsAsUtf8String()
        .contains("ColorFlagsValues.of(values)");
  }

  private static final JavaFileObject EARLY_FLAGS =
      source(
          "EarlyFlags",
          "package test;",
          "public interface EarlyFlags {",
          "  @io.github.flagstaff.Flag(help = \"E.\", defaultValue = \"1\") int early();",
          "}");

  @Test
  void theIndexesAreWrittenInTheFirstRoundSoAModuleTakesThreeRounds() {
    OtherProcessor counter = new OtherProcessor();
    Compilation compilation =
        javac()
            .withProcessors(new FlagstaffProcessor(), counter)
            .compile(
                EARLY_FLAGS,
                source(
                    "PingManager",
                    "package test;",
                    "@io.github.flagstaff.ServiceManager(topic = \"ping\")",
                    "public class PingManager extends io.github.flagstaff.runtime.service.Manager"
                        + " {",
                    "  public PingManager(EarlyFlags flags) {}",
                    "  @io.github.flagstaff.Rpc public int ping() { return 1; }",
                    "}"));
    assertThat(compilation).succeededWithoutWarnings();
    // The sources; what the first round generated, indexes included; the last round.
    assertThat(counter.rounds).isEqualTo(3);
  }

  @Test
  void aFlagSetAnotherProcessorGeneratesAfterTheIndexIsListedByAnIndexOfItsOwn() throws Exception {
    Compilation compilation =
        javac()
            .withProcessors(new FlagstaffProcessor(), lateFlagsProcessor(LATE))
            .compile(EARLY_FLAGS);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("io.github.flagstaff.index.FlagIndex_test")
        .contentsAsUtf8String()
        .doesNotContain("LateFlags");
    assertThat(compilation)
        .generatedFile(
            javax.tools.StandardLocation.CLASS_OUTPUT,
            "META-INF/services/io.github.flagstaff.runtime.flags.FlagIndex")
        .contentsAsUtf8String()
        .isEqualTo(
            "io.github.flagstaff.index.FlagIndex_test\n"
                + "io.github.flagstaff.index.FlagIndex_test_late\n");
    CompiledModule module = CompiledModule.load(compilation, classes);
    assertThat(
            module
                .flagSet("test.late.LateFlags")
                .bind(
                    io.github.flagstaff.runtime.flags.FlagParser.of(module.registry())
                        .parse("--late=4")
                        .values())
                .toString())
        .isEqualTo("LateFlags{late=4}");
    assertThat(module.flagSet("test.EarlyFlags")).isNotNull();
  }

  /**
   * A build without {@code clean} compiles into the output of the last compile, which is on its
   * class path: the module's indexes there, the late one too, are its own, not a dependency's.
   *
   * <p>The flag sets' views here are classes, not records: JDK 17's javac crashes (a
   * NullPointerException in {@code Lower.generateMandatedAccessors}) compiling a generated record
   * whose class file from the last compile is on the class path, whatever the processor; JDK 25's
   * does not, and Maven's incremental rebuilds are not affected.
   */
  @Test
  void aSecondCompileIntoTheSameOutputTakesItsOldIndexesForItsOwn() throws Exception {
    Path source = classes.resolve("src/test/EarlyFlags.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        "package test;\n"
            + "public interface EarlyFlags {\n"
            + "  @io.github.flagstaff.Flag(help = \"E.\", defaultValue = \"1\") int early();\n"
            + "  @io.github.flagstaff.Flag(help = \"T.\", defaultValue = \"t\") String"
            + " toString();\n"
            + "}\n");
    Path out = Files.createDirectories(classes.resolve("out"));
    Path generated = Files.createDirectories(classes.resolve("generated"));
    List<Path> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(Path.of(entry));
    }
    classPath.add(out);
    for (int compile = 1; compile <= 2; compile++) {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      StringWriter output = new StringWriter();
      try (StandardJavaFileManager files =
          javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
        files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
        files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
        files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
        JavaCompiler.CompilationTask task =
            javac.getTask(
                output, files, diagnostics, List.of(), null, files.getJavaFileObjects(source));
        task.setProcessors(
            List.of(
                new FlagstaffProcessor(),
                lateFlagsProcessor(
                    LATE
                        + "  @io.github.flagstaff.Flag(name = \"late_text\", help = \"T.\","
                        + " defaultValue = \"t\")\n"
                        + "  String toString();\n")));
        boolean compiled = task.call();
        assertThat(diagnostics.getDiagnostics().stream().map(d -> d.toString()).toList()).isEmpty();
        assertWithMessage(output.toString()).that(compiled).isTrue();
      }
    }
    assertThat(
            Files.readString(
                out.resolve("META-INF/services/io.github.flagstaff.runtime.flags.FlagIndex")))
        .isEqualTo(
            "io.github.flagstaff.index.FlagIndex_test\n"
                + "io.github.flagstaff.index.FlagIndex_test_late\n");
  }

  @Test
  void aFlagTypeThatNeverAppearsIsReportedOnceInTheLastRound() {
    Compilation compilation = Compilations.compile(COLOR_FLAGS);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("unsupported flag type Color")
        .inFile(COLOR_FLAGS)
        .onLineContaining("Color paint();");
    assertThat(
            compilation.errors().stream()
                .filter(e -> e.getMessage(null).contains("unsupported flag type"))
                .count())
        .isEqualTo(2);
  }

  @Test
  void anInternalErrorCarriesItsStackTrace() {
    List<String> messages = new ArrayList<>();
    ErrorReporter errors = new ErrorReporter(new RecordingMessager(messages));
    errors.internalError(null, new IllegalStateException("boom"));
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0))
        .startsWith(
            "[flagstaff] internal error while processing this element, please report it with"
                + " this trace: java.lang.IllegalStateException: boom");
    assertThat(messages.get(0))
        .contains(
            "at io.github.flagstaff.processor.RoundsTest.anInternalErrorCarriesItsStackTrace(");
    assertThat(errors.errorCount()).isEqualTo(1);
  }

  /** Keeps the text of every message. */
  private record RecordingMessager(List<String> messages) implements Messager {
    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message) {
      messages.add(message.toString());
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
      messages.add(message.toString());
    }

    @Override
    public void printMessage(
        Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror mirror) {
      messages.add(message.toString());
    }

    @Override
    public void printMessage(
        Diagnostic.Kind kind,
        CharSequence message,
        Element element,
        AnnotationMirror mirror,
        AnnotationValue value) {
      messages.add(message.toString());
    }
  }
}
