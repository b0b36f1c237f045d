package io.github.flagstaff.processor.validation;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports compile errors where javac shows the right file and line, and counts them so a caller can
 * tell whether a unit of work produced any.
 */
public final class ErrorReporter {
  private final Messager messager;
  private int errorCount;

  public ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  /** An error on {@code element}. */
  public void error(Element element, String message) {
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  /**
   * An error on one value of {@code annotation} on {@code element}; on the element itself when the
   * value was not written (a derived flag name is the method's).
   */
  public void error(
      Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    if (value == null) {
      error(element, message);
      return;
    }
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }

  /**
   * A failure of the processor itself, reported as an error on the element being processed, with
   * the stack trace in the message so that a bug report can be acted on.
   */
  public void internalError(Element element, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    error(
        element,
        "[flagstaff] internal error while processing this element, please report it with this"
            + " trace: "
            + trace);
  }

  /** How many errors have been reported so far. */
  public int errorCount() {
    return errorCount;
  }
}
