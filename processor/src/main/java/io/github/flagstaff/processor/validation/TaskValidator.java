package io.github.flagstaff.processor.validation;

import io.github.flagstaff.processor.model.TaskModel;
import io.github.flagstaff.syntax.FlagNames;
import io.github.flagstaff.syntax.ValueSyntax;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Checks {@code @PeriodicTask} methods, each once, and turns them into {@link TaskModel}s. */
final class TaskValidator {
  private final Elements elements;
  private final ErrorReporter errors;
  private final Map<ExecutableElement, Optional<TaskModel>> checked = new HashMap<>();

  TaskValidator(Elements elements, ErrorReporter errors) {
    this.elements = elements;
    this.errors = errors;
  }

  /** The task {@code method} declares, or empty after reporting why it is not valid. */
  Optional<TaskModel> validate(ExecutableElement method) {
    return checked.computeIfAbsent(method, this::check);
  }

  private Optional<TaskModel> check(ExecutableElement method) {
    AnnotationReader task = AnnotationReader.find(method, AnnotationReader.PERIODIC_TASK, elements);
    int errorsBefore = errors.errorCount();
    if (method.getModifiers().contains(Modifier.STATIC)) {
      errors.error(method, "@PeriodicTask cannot be used on a static method");
    }
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      errors.error(method, "a @PeriodicTask method must not be private");
    }
    List<? extends VariableElement> parameters = method.getParameters();
    boolean takesContext = parameters.size() == 1 && isTaskContext(parameters.get(0));
    if (!parameters.isEmpty() && !takesContext) {
      errors.error(method, "a @PeriodicTask method takes no parameters, or one TaskContext");
    }
    String written = task.string("name");
    String name =
        written.isEmpty() ? FlagNames.toSnakeCase(method.getSimpleName().toString()) : written;
    Optional<Duration> spacing = spacing(method, task, name);
    if (errors.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new TaskModel(
            method.getSimpleName().toString(),
            name,
            spacing,
            task.bool("runImmediately"),
            task.bool("enabled"),
            takesContext));
  }

  private Optional<Duration> spacing(ExecutableElement method, AnnotationReader task, String name) {
    String text = task.string("spacing");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    AnnotationValue at = task.written("spacing");
    try {
      Duration spacing = ValueSyntax.parseDuration(text);
      if (spacing.isNegative() || spacing.isZero()) {
        errors.error(
            method,
            task.mirror(),
            at,
            "spacing '"
                + text
                + "' of task "
                + name
                + " must be positive (use enabled = false to turn a task off)");
        return Optional.empty();
      }
      return Optional.of(spacing);
    } catch (IllegalArgumentException e) {
      errors.error(
          method,
          task.mirror(),
          at,
          "invalid spacing '" + text + "' of task " + name + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static boolean isTaskContext(VariableElement parameter) {
    return parameter.asType().toString().equals(RuntimeTypes.TASK_CONTEXT);
  }
}
