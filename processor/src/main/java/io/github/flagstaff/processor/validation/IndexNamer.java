package io.github.flagstaff.processor.validation;

import com.palantir.javapoet.ClassName;
import io.github.flagstaff.processor.model.FlagSetModel;
import io.github.flagstaff.syntax.FlagIndexEntries;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Names a module's flag index so that no two modules on one class path share a name. */
public final class IndexNamer {

  private IndexNamer() {}

  /**
   * {@code io.github.flagstaff.index.FlagIndex_<common package>}, e.g. {@code
   * FlagIndex_mymodule_exampleservice}; a hash of the flag set names is appended when another
   * module's index on the class path has that name already.
   */
  public static ClassName name(Elements elements, List<FlagSetModel> sets) {
    String common = sets.get(0).type().packageName();
    for (FlagSetModel set : sets) {
      String pkg = set.type().packageName();
      while (!common.isEmpty() && !(pkg.equals(common) || pkg.startsWith(common + "."))) {
        int dot = common.lastIndexOf('.');
        common = dot < 0 ? "" : common.substring(0, dot);
      }
    }
    String simple = "FlagIndex_" + (common.isEmpty() ? "unnamed" : common.replace('.', '_'));
    TypeElement existing = elements.getTypeElement(FlagIndexEntries.PACKAGE + "." + simple);
    if (existing != null) {
      Set<String> mine = sets.stream().map(FlagSetModel::name).collect(Collectors.toSet());
      if (!mine.containsAll(ClasspathFlags.entries(existing))) {
        List<String> sorted = mine.stream().sorted().toList();
        simple += "_" + Integer.toHexString(sorted.hashCode());
      }
    }
    return ClassName.get(FlagIndexEntries.PACKAGE, simple);
  }
}
