package io.github.flagstaff.processor.validation;

import com.palantir.javapoet.ClassName;
import io.github.flagstaff.syntax.GeneratedIndex;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Names a module's generated indexes so that no two modules on one class path share a name. */
public final class IndexNamer {

  private IndexNamer() {}

  /**
   * {@code io.github.flagstaff.index.<prefix><common package>}, e.g. {@code
   * FlagIndex_mymodule_exampleservice}; a hash of {@code entries} is appended when another module's
   * index on the class path has that name already.
   *
   * @param packages the packages of what the index lists
   * @param entries the qualified names the index lists
   */
  public static ClassName name(
      Elements elements, String prefix, List<String> packages, List<String> entries) {
    String common = packages.get(0);
    for (String pkg : packages) {
      while (!common.isEmpty() && !(pkg.equals(common) || pkg.startsWith(common + "."))) {
        int dot = common.lastIndexOf('.');
        common = dot < 0 ? "" : common.substring(0, dot);
      }
    }
    String simple = prefix + (common.isEmpty() ? "unnamed" : common.replace('.', '_'));
    TypeElement existing = elements.getTypeElement(GeneratedIndex.PACKAGE + "." + simple);
    if (existing != null && !entries.containsAll(ClasspathFlags.entries(existing))) {
      simple += "_" + Integer.toHexString(entries.stream().sorted().toList().hashCode());
    }
    return ClassName.get(GeneratedIndex.PACKAGE, simple);
  }
}
