package io.github.flagstaff.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * Reads the values of one annotation on an element, keeping the written ones so errors can point at
 * them.
 */
final class AnnotationReader {
  static final String FLAG = "io.github.flagstaff.Flag";
  static final String SERVICE_MANAGER = "io.github.flagstaff.ServiceManager";
  static final String CONSTRUCTOR = "io.github.flagstaff.ServiceManager.Constructor";
  static final String PERIODIC_TASK = "io.github.flagstaff.PeriodicTask";
  static final String RPC = "io.github.flagstaff.Rpc";

  private final AnnotationMirror mirror;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> written;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> withDefaults;

  private AnnotationReader(AnnotationMirror mirror, Elements elements) {
    this.mirror = mirror;
    this.written = mirror.getElementValues();
    this.withDefaults = elements.getElementValuesWithDefaults(mirror);
  }

  /** The annotation {@code qualifiedName} on {@code element}, or null. */
  static AnnotationReader find(Element element, String qualifiedName, Elements elements) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().toString().equals(qualifiedName)) {
        return new AnnotationReader(mirror, elements);
      }
    }
    return null;
  }

  /** Whether {@code element} has the annotation {@code qualifiedName}. */
  static boolean isPresent(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().toString().equals(qualifiedName)) {
        return true;
      }
    }
    return false;
  }

  AnnotationMirror mirror() {
    return mirror;
  }

  /** The value of {@code attribute} as written, or null when it was left at its default. */
  AnnotationValue written(String attribute) {
    return find(written, attribute);
  }

  String string(String attribute) {
    return (String) find(withDefaults, attribute).getValue();
  }

  Object value(String attribute) {
    return find(withDefaults, attribute).getValue();
  }

  boolean bool(String attribute) {
    return (Boolean) find(withDefaults, attribute).getValue();
  }

  /** The elements of the array {@code attribute} as written (empty when left at its default). */
  List<AnnotationValue> writtenArray(String attribute) {
    AnnotationValue value = written(attribute);
    List<AnnotationValue> out = new ArrayList<>();
    if (value != null) {
      for (Object element : (List<?>) value.getValue()) {
        out.add((AnnotationValue) element);
      }
    }
    return out;
  }

  private static AnnotationValue find(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
