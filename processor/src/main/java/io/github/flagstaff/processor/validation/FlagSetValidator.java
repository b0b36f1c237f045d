package io.github.flagstaff.processor.validation;

import com.palantir.javapoet.ClassName;
import io.github.flagstaff.processor.model.FlagModel;
import io.github.flagstaff.processor.model.FlagSetModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Checks flag set interfaces and their {@code @Flag} methods, module-wide: a name declared twice,
 * here or in a dependency, is an error on the second declaration.
 */
public final class FlagSetValidator {
  private final Elements elements;
  private final ErrorReporter errors;
  private final FlagNamespace namespace = new FlagNamespace();
  private final FlagValidator flags;
  private boolean classpathClaimed;

  public FlagSetValidator(Elements elements, ErrorReporter errors) {
    this.elements = elements;
    this.errors = errors;
    this.flags = new FlagValidator(errors, namespace);
  }

  /**
   * Reports a {@code @Flag} method that is not declared in an interface.
   *
   * @return whether {@code method}'s enclosing type is an interface that can be a flag set
   */
  public boolean checkEnclosedByInterface(Element method) {
    if (method.getEnclosingElement().getKind() != ElementKind.INTERFACE) {
      Element enclosing = method.getEnclosingElement();
      String kind = enclosing.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
      errors.error(
          method,
          "@Flag methods must be declared in an interface (a flag set), not in "
              + kind
              + " "
              + enclosing.getSimpleName());
      return false;
    }
    return true;
  }

  /**
   * Takes in the flags of the flag sets on the class path, once per compilation; call before the
   * first {@link #validate}.
   *
   * @param ownSets every flag set this compilation declares or generates, so stale copies of this
   *     module's own output on the class path are not taken for a dependency's
   */
  public void claimClasspath(Set<String> ownSets, Set<String> ownIndexes) {
    if (!classpathClaimed) {
      classpathClaimed = true;
      ClasspathFlags.claimAll(elements, ownSets, ownIndexes, namespace);
    }
  }

  /** What already holds the flag name {@code name}, described; null when it is free. */
  public String holderOf(String name) {
    return namespace.holder(name);
  }

  /** The flag set {@code type}, or empty after reporting why it is not valid. */
  public Optional<FlagSetModel> validate(TypeElement type) {
    int errorsBefore = errors.errorCount();
    checkInterface(type);
    List<FlagModel> models = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) member;
      AnnotationReader flag = AnnotationReader.find(method, AnnotationReader.FLAG, elements);
      if (flag != null) {
        flags.validate(method, flag, type.getQualifiedName().toString()).ifPresent(models::add);
      } else if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        errors.error(method, "every abstract method of a flag set needs @Flag");
      }
    }
    if (errors.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new FlagSetModel(ClassName.get(type), models, isAccessible(type)));
  }

  /**
   * Whether a {@code @Flag} method of {@code type} returns a type javac cannot resolve yet, such as
   * one another processor generates in a later round: such a flag set waits for the next round.
   */
  public boolean hasUnresolvedTypes(TypeElement type) {
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD
          && AnnotationReader.isPresent(member, AnnotationReader.FLAG)
          && isUnresolved(((ExecutableElement) member).getReturnType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnresolved(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        if (isUnresolved(argument)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Reserves {@code --name}, declared as data by {@code declaredBy} (a service's main class). */
  public void claimGenerated(String name, String declaredBy) {
    namespace.claim(name, name, false, declaredBy);
  }

  private static boolean isAccessible(TypeElement type) {
    for (Element e = type;
        e.getKind().isInterface() || e.getKind().isClass();
        e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private void checkInterface(TypeElement type) {
    if (!type.getTypeParameters().isEmpty()) {
      errors.error(type, "a flag set interface must not be generic");
    }
    if (!type.getInterfaces().isEmpty()) {
      errors.error(type, "a flag set interface must not extend other interfaces");
    }
    for (Element e = type;
        e.getKind().isInterface() || e.getKind().isClass();
        e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        errors.error(type, "a flag set interface must not be private or nested in a private type");
        return;
      }
    }
  }
}
