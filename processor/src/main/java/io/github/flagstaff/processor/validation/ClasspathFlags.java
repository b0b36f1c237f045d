package io.github.flagstaff.processor.validation;

import io.github.flagstaff.syntax.FlagIndexEntries;
import io.github.flagstaff.syntax.FlagNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The flag sets that dependencies declare, read from the flag indexes on the class path (package
 * {@value FlagIndexEntries#PACKAGE}), so a name declared twice across modules fails the build.
 */
final class ClasspathFlags {
  private static final String ENTRIES = FlagIndexEntries.class.getCanonicalName();

  private ClasspathFlags() {}

  /**
   * Claims in {@code namespace} every flag of every flag set listed by an index on the class path,
   * except the flag sets in {@code ownSets} (stale copies of this module's own output).
   */
  static void claimAll(Elements elements, Set<String> ownSets, FlagNamespace namespace) {
    PackageElement index = elements.getPackageElement(FlagIndexEntries.PACKAGE);
    if (index == null) {
      return;
    }
    for (Element type : index.getEnclosedElements()) {
      for (String setName : entries(type)) {
        TypeElement set = elements.getTypeElement(setName);
        if (set != null && !ownSets.contains(setName)) {
          claimFlags(elements, set, namespace);
        }
      }
    }
  }

  /** The flag set names the index {@code type} lists. */
  static List<String> entries(Element type) {
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
      FlagAnnotation flag =
          member.getKind() == ElementKind.METHOD ? FlagAnnotation.on(member, elements) : null;
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
