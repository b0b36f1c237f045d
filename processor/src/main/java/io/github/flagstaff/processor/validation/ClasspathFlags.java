package io.github.flagstaff.processor.validation;

import io.github.flagstaff.syntax.FlagDataFormat;
import io.github.flagstaff.syntax.FlagNames;
import io.github.flagstaff.syntax.GeneratedIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The flag sets that dependencies declare, read from the flag indexes on the class path (package
 * {@value GeneratedIndex#PACKAGE}), so a name declared twice across modules fails the build: the
 * {@code @Flag} methods of their interfaces, and the flags their main classes and clients hold as
 * data.
 */
public final class ClasspathFlags {
  private static final String ENTRIES = GeneratedIndex.class.getCanonicalName();

  /**
   * The constants of generated classes that hold flags as data: a service's main class its manager
   * flag's, a client its version cap flag's, a web binary's main class its APIs'. Each starts with
   * the name of the class that holds it.
   */
  public static final Pattern DATA_CONSTANTS =
      Pattern.compile("MANAGER_FLAG|UPGRADE_LEVELS_FLAG|FLAGS");

  /** How flag index class names start; service indexes share the package. */
  public static final String FLAG_INDEX_PREFIX = "FlagIndex_";

  private ClasspathFlags() {}

  /**
   * Claims in {@code namespace} every flag of every flag set listed by a flag index on the class
   * path. An index listing any of {@code ownSets}, the flag sets this compilation declares or
   * generates, or named in {@code ownIndexes}, those the module's previous compile registered, is a
   * stale copy of this module's own output and is skipped.
   */
  static void claimAll(
      Elements elements, Set<String> ownSets, Set<String> ownIndexes, FlagNamespace namespace) {
    PackageElement index = elements.getPackageElement(GeneratedIndex.PACKAGE);
    if (index == null) {
      return;
    }
    for (Element type : index.getEnclosedElements()) {
      if (!type.getSimpleName().toString().startsWith(FLAG_INDEX_PREFIX)) {
        continue;
      }
      List<String> sets = entries(type);
      if (ownIndexes.contains(((TypeElement) type).getQualifiedName().toString())
          || sets.stream().anyMatch(ownSets::contains)) {
        continue;
      }
      for (String setName : sets) {
        TypeElement set = elements.getTypeElement(setName);
        if (set != null) {
          claimFlags(elements, set, namespace);
        }
      }
    }
  }

  /** Claims the flags a generated class declares as data: the names its lines start with. */
  private static void claimData(String data, FlagNamespace namespace, String declaredBy) {
    String[] lines = data.split("\n");
    for (int i = 1; i < lines.length; i++) {
      String name = FlagDataFormat.fields(lines[i]).get(0);
      namespace.claim(name, name, false, declaredBy);
    }
  }

  /** The flag set names the index {@code type} lists. */
  public static List<String> entries(Element type) {
    List<String> names = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().toString().equals(ENTRIES)) {
        for (AnnotationValue value : mirror.getElementValues().values()) {
          for (Object entry : (List<?>) value.getValue()) {
            names.add((String) ((AnnotationValue) entry).getValue());
          }
        }
      }
    }
    return names;
  }

  private static void claimFlags(Elements elements, TypeElement set, FlagNamespace namespace) {
    String declaredBy = set.getQualifiedName() + " (on the class path)";
    for (Element member : set.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && DATA_CONSTANTS.matcher(member.getSimpleName()).matches()
          && ((VariableElement) member).getConstantValue() instanceof String data
          && data.startsWith(set.getQualifiedName() + "\n")) {
        claimData(data, namespace, declaredBy);
        continue;
      }
      AnnotationReader flag =
          member.getKind() == ElementKind.METHOD
              ? AnnotationReader.find(member, AnnotationReader.FLAG, elements)
              : null;
      if (flag == null) {
        continue;
      }
      String name = flag.string("name");
      if (name.isEmpty()) {
        name = FlagNames.toSnakeCase(member.getSimpleName().toString());
      }
      namespace.claim(name, name, false, declaredBy);
      for (AnnotationValue alias : flag.writtenArray("aliases")) {
        namespace.claim((String) alias.getValue(), name, true, declaredBy);
      }
    }
  }
}
