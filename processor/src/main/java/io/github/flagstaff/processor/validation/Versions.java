package io.github.flagstaff.processor.validation;

import io.github.flagstaff.syntax.ValueSyntax;
import javax.lang.model.element.Element;

/** RPC API versions in annotations: {@code @ServiceManager(rpcVersion)} and {@code @Rpc(since)}. */
final class Versions {

  private Versions() {}

  /**
   * The numbers of the version {@code attribute} of {@code annotation} on {@code element}; null
   * after reporting that it is not one.
   */
  static int[] check(
      ErrorReporter errors, Element element, AnnotationReader annotation, String attribute) {
    String text = annotation.string(attribute);
    try {
      return ValueSyntax.parseVersion(text);
    } catch (IllegalArgumentException e) {
      errors.error(
          element,
          annotation.mirror(),
          annotation.written(attribute),
          attribute
              + " '"
              + text
              + "' is not an RPC API version: expected "
              + ValueSyntax.VERSION_FORM);
      return null;
    }
  }

  /** Whether {@code since} is of {@code version}'s major version and no higher. */
  static boolean within(int[] since, int[] version) {
    return ValueSyntax.versionServes(version, since);
  }
}
