package io.github.flagstaff.processor.flagfiles;

import com.palantir.javapoet.ClassName;
import io.github.flagstaff.processor.model.FlagSetModel;
import io.github.flagstaff.processor.model.ServiceModel;
import io.github.flagstaff.processor.model.WebBinaryModel;
import io.github.flagstaff.processor.validation.ClasspathFlags;
import io.github.flagstaff.processor.writing.FlagDataText;
import io.github.flagstaff.runtime.flags.FlagData;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.flags.FlagSetDefinition;
import io.github.flagstaff.syntax.GeneratedIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Every flag a program built from this compilation can see, as the runtime's {@link FlagRegistry}:
 * the flag sets and manager flags of this compilation, as the data the processor writes for them,
 * and those of the modules on the class path, as the data their generated classes hold (read as
 * constants; the processor cannot load their classes). The built-in flags the parser knows itself.
 */
final class VisibleFlags {
  private static final String FLAG = "io.github.flagstaff.Flag";

  /** The constants of a typed view that hold its flag set's data: {@code FLAGS} or in pieces. */
  private static final Pattern DATA_FIELD = Pattern.compile("FLAGS(_[0-9]+)?");

  private VisibleFlags() {}

  /**
   * The registry of {@code sets}, {@code services}' manager and version cap flags and {@code
   * webBinaries}' flags, with those on the class path.
   *
   * @throws IllegalStateException if two flag sets declare one name (reported elsewhere already)
   */
  static FlagRegistry of(
      Elements elements,
      List<FlagSetModel> sets,
      List<ServiceModel> services,
      List<WebBinaryModel> webBinaries,
      Set<String> ownIndexes) {
    Map<String, FlagSetDefinition<?>> visible = new LinkedHashMap<>();
    for (FlagSetModel set : sets) {
      String data = FlagDataText.of(set.name(), set.flags(), set.enums());
      visible.put(set.name(), FlagData.dataOnly(constantNames(elements, set.enums()), data));
    }
    for (ServiceModel service : services) {
      visible.put(
          service.mainName().canonicalName(),
          FlagData.dataOnly(List.of(), FlagDataText.managerFlag(service)));
      if (!service.rpcMethods().isEmpty()) {
        visible.put(
            service.clientName().canonicalName(),
            FlagData.dataOnly(List.of(), FlagDataText.upgradeLevelsFlag(service)));
      }
    }
    for (WebBinaryModel binary : webBinaries) {
      visible.put(
          binary.mainName().canonicalName(),
          FlagData.dataOnly(List.of(), FlagDataText.webFlags(binary)));
    }
    addClasspath(elements, visible, ownIndexes);
    return FlagRegistry.of(List.copyOf(visible.values()));
  }

  /**
   * Adds the flag sets the class path's flag indexes list, skipping an index that lists one of this
   * compilation's own or is in {@code ownIndexes} (stale copies of this module's output).
   */
  private static void addClasspath(
      Elements elements, Map<String, FlagSetDefinition<?>> visible, Set<String> ownIndexes) {
    PackageElement indexes = elements.getPackageElement(GeneratedIndex.PACKAGE);
    if (indexes == null) {
      return;
    }
    List<String> own = List.copyOf(visible.keySet());
    for (Element index : indexes.getEnclosedElements()) {
      if (!index.getSimpleName().toString().startsWith(ClasspathFlags.FLAG_INDEX_PREFIX)) {
        continue;
      }
      List<String> entries = ClasspathFlags.entries(index);
      if (ownIndexes.contains(((TypeElement) index).getQualifiedName().toString())
          || entries.stream().anyMatch(own::contains)) {
        continue;
      }
      for (String name : entries) {
        TypeElement type = elements.getTypeElement(name);
        FlagSetDefinition<?> set = type == null ? null : classpathSet(elements, type);
        if (set != null) {
          visible.putIfAbsent(name, set);
        }
      }
    }
  }

  /**
   * A class path flag set: a service's main class with its manager flag, a client with its version
   * cap flag, a web binary's main class with its APIs' flags, or an interface.
   */
  private static FlagSetDefinition<?> classpathSet(Elements elements, TypeElement type) {
    String generated = constants(type, ClasspathFlags.DATA_CONSTANTS);
    if (generated != null && generated.startsWith(type.getQualifiedName() + "\n")) {
      return FlagData.dataOnly(List.of(), generated);
    }
    TypeElement values = elements.getTypeElement(valuesName(type));
    String data = values == null ? null : constants(values, DATA_FIELD);
    if (data == null || !data.startsWith(type.getQualifiedName() + "\n")) {
      return null;
    }
    return FlagData.dataOnly(enumsOf(type), data);
  }

  /** The typed view the processor generated for the interface {@code type}. */
  private static String valuesName(TypeElement type) {
    Deque<String> names = new ArrayDeque<>();
    Element element = type;
    while (element instanceof TypeElement) {
      names.addFirst(element.getSimpleName().toString());
      element = element.getEnclosingElement();
    }
    String pkg = ((PackageElement) element).getQualifiedName().toString();
    return (pkg.isEmpty() ? "" : pkg + ".") + String.join("_", names) + "Values";
  }

  /** The string constants of {@code type} whose names match {@code names}, joined; or null. */
  private static String constants(TypeElement type, Pattern names) {
    StringBuilder out = new StringBuilder();
    boolean found = false;
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && names.matcher(member.getSimpleName()).matches()
          && ((VariableElement) member).getConstantValue() instanceof String text) {
        out.append(text);
        found = true;
      }
    }
    return found ? out.toString() : null;
  }

  /**
   * The constants of the enums the {@code @Flag} methods of {@code type} use, numbered as the
   * processor numbers them in the data: in the order the flags first use them.
   */
  private static List<List<String>> enumsOf(TypeElement type) {
    List<TypeElement> enums = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && isFlag(member)) {
        TypeElement used = enumUsed(((ExecutableElement) member).getReturnType());
        if (used != null && !enums.contains(used)) {
          enums.add(used);
        }
      }
    }
    return enums.stream().map(VisibleFlags::constantNames).toList();
  }

  private static boolean isFlag(Element method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().toString().equals(FLAG)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The enum {@code type} is, or holds as its type argument ({@code Optional<E>}, {@code List<E>}).
   */
  private static TypeElement enumUsed(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    if (declared.asElement().getKind() == ElementKind.ENUM) {
      return (TypeElement) declared.asElement();
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      TypeElement element = enumUsed(argument);
      if (element != null) {
        return element;
      }
    }
    return null;
  }

  private static List<List<String>> constantNames(Elements elements, List<ClassName> enums) {
    List<List<String>> out = new ArrayList<>();
    for (ClassName name : enums) {
      out.add(constantNames(elements.getTypeElement(name.canonicalName())));
    }
    return out;
  }

  private static List<String> constantNames(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        names.add(member.getSimpleName().toString());
      }
    }
    return names;
  }
}
