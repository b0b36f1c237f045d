package io.github.flagstaff.processor;

import com.google.testing.compile.Compilation;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.flags.FlagSetDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/** What a compilation produced, class files and {@code META-INF/services}, loaded to be run. */
final class CompiledModule {
  private static final String OUTPUT = "CLASS_OUTPUT/";

  private final FlagRegistry registry;

  private CompiledModule(FlagRegistry registry) {
    this.registry = registry;
  }

  /** Writes the compilation's output under {@code dir} and loads its flag sets. */
  static CompiledModule load(Compilation compilation, Path dir) {
    try {
      for (JavaFileObject file : compilation.generatedFiles()) {
        String uri = file.toUri().toString();
        int at = uri.indexOf(OUTPUT);
        if (at < 0) {
          continue;
        }
        Path target = dir.resolve(uri.substring(at + OUTPUT.length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {dir.toUri().toURL()}, CompiledModule.class.getClassLoader());
      return new CompiledModule(FlagRegistry.load(loader));
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every flag set the module and the runtime declare. */
  FlagRegistry registry() {
    return registry;
  }

  /** The flag set called {@code name}. */
  FlagSetDefinition<?> flagSet(String name) {
    return registry.flagSets().stream()
        .filter(set -> set.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no flag set " + name));
  }
}
