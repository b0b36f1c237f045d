package io.github.flagstaff.processor.validation;

import io.github.flagstaff.Flag;
import io.github.flagstaff.processor.model.FlagModel;
import io.github.flagstaff.processor.model.ScalarKind;
import io.github.flagstaff.processor.model.Shape;
import io.github.flagstaff.processor.model.ValueType;
import io.github.flagstaff.syntax.FlagNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/** Checks one {@code @Flag} method and turns it into a {@link FlagModel}. */
final class FlagValidator {
  private final ErrorReporter errors;
  private final FlagNamespace namespace;
  private final TypeResolver types = new TypeResolver();

  FlagValidator(ErrorReporter errors, FlagNamespace namespace) {
    this.errors = errors;
    this.namespace = namespace;
  }

  /** The flag {@code method} declares, or empty after reporting why it is not valid. */
  Optional<FlagModel> validate(ExecutableElement method, AnnotationReader flag, String owner) {
    if (!hasFlagShape(method)) {
      return Optional.empty();
    }
    int errorsBefore = errors.errorCount();
    String name = name(method, flag);
    String help = flag.string("help");
    if (help.isBlank()) {
      errors.error(
          method,
          flag.mirror(),
          flag.written("help"),
          "help of flag --" + name + " must not be blank");
    }
    boolean repeatable = flag.bool("repeatable");
    ValueType type = types.resolve(method.getReturnType(), repeatable);
    if (type == null) {
      errors.error(method, String.format(TypeResolver.UNSUPPORTED, method.getReturnType()));
      return Optional.empty();
    }
    if (repeatable && type.shape() != Shape.REPEATED) {
      errors.error(
          method,
          flag.mirror(),
          flag.written("repeatable"),
          "repeatable applies only to List flags");
    }
    List<String> choices = choices(method, flag, name, type);
    List<String> aliases = aliases(method, flag, name);
    Optional<Object> min = bound(method, flag, "min", name, type);
    Optional<Object> max = bound(method, flag, "max", name, type);
    if (min.isPresent() && max.isPresent() && ValueChecker.compare(min.get(), max.get()) > 0) {
      errors.error(
          method,
          flag.mirror(),
          flag.written("max"),
          "max of flag --" + name + " is less than its min");
    }
    Optional<String> defaultText = defaultText(method, flag, name, type, min, max, choices);
    if (errors.errorCount() > errorsBefore || !claimNames(method, flag, name, aliases, owner)) {
      return Optional.empty();
    }
    return Optional.of(
        new FlagModel(
            method.getSimpleName().toString(),
            name,
            help,
            type,
            defaultText,
            flag.bool("required"),
            flag.bool("secret"),
            flag.bool("mutable"),
            choices,
            aliases,
            written(flag, "min"),
            written(flag, "max")));
  }

  private boolean hasFlagShape(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.STATIC)) {
      errors.error(
          method,
          "@Flag cannot be used on a static method; a flag is an abstract interface method");
      return false;
    }
    if (method.isDefault()) {
      errors.error(
          method,
          "@Flag cannot be used on a default method; a flag is an abstract interface method");
      return false;
    }
    boolean ok = true;
    if (!method.getParameters().isEmpty()) {
      errors.error(method, "a @Flag method must not take parameters");
      ok = false;
    }
    if (!method.getTypeParameters().isEmpty()) {
      errors.error(method, "a @Flag method must not be generic");
      ok = false;
    }
    return ok;
  }

  private String name(ExecutableElement method, AnnotationReader flag) {
    String written = flag.string("name");
    String name =
        written.isEmpty() ? FlagNames.toSnakeCase(method.getSimpleName().toString()) : written;
    AnnotationValue at = flag.written("name");
    if (!FlagNames.isValid(name)) {
      errors.error(
          method, flag.mirror(), at, "flag name '" + name + "' must match " + FlagNames.SYNTAX);
    } else if (FlagNames.clashesWithBuiltIn(name)) {
      errors.error(
          method, flag.mirror(), at, "flag name '" + name + "' clashes with a built-in flag");
    }
    return name;
  }

  private List<String> choices(
      ExecutableElement method, AnnotationReader flag, String name, ValueType type) {
    List<String> choices = new ArrayList<>();
    for (AnnotationValue value : flag.writtenArray("choices")) {
      String choice = (String) value.getValue();
      if (type.kind() != ScalarKind.STRING) {
        errors.error(
            method, flag.mirror(), value, "choices apply only to String flags; use an enum");
        return List.of();
      }
      if (choices.contains(choice)) {
        errors.error(
            method,
            flag.mirror(),
            value,
            "choice '" + choice + "' of flag --" + name + " is given twice");
      }
      choices.add(choice);
    }
    return choices;
  }

  private List<String> aliases(ExecutableElement method, AnnotationReader flag, String name) {
    List<String> aliases = new ArrayList<>();
    for (AnnotationValue value : flag.writtenArray("aliases")) {
      String alias = (String) value.getValue();
      String problem =
          !FlagNames.isValid(alias)
              ? "must match " + FlagNames.SYNTAX
              : FlagNames.clashesWithBuiltIn(alias)
                  ? "clashes with a built-in flag"
                  : alias.equals(name) || aliases.contains(alias) ? "is given twice" : null;
      if (problem != null) {
        errors.error(
            method,
            flag.mirror(),
            value,
            "alias '" + alias + "' of flag --" + name + " " + problem);
      }
      aliases.add(alias);
    }
    return aliases;
  }

  private Optional<Object> bound(
      ExecutableElement method,
      AnnotationReader flag,
      String attribute,
      String name,
      ValueType type) {
    Optional<String> text = written(flag, attribute);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    AnnotationValue at = flag.written(attribute);
    if (!type.kind().isOrdered()) {
      errors.error(
          method,
          flag.mirror(),
          at,
          attribute + " applies only to int, long, double and Duration flags");
      return Optional.empty();
    }
    try {
      return Optional.of(ValueChecker.parseElement(type, text.get()));
    } catch (IllegalArgumentException e) {
      errors.error(
          method,
          flag.mirror(),
          at,
          "invalid "
              + attribute
              + " '"
              + text.get()
              + "' for flag --"
              + name
              + ": "
              + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<String> defaultText(
      ExecutableElement method,
      AnnotationReader flag,
      String name,
      ValueType type,
      Optional<Object> min,
      Optional<Object> max,
      List<String> choices) {
    String text = flag.string("defaultValue");
    AnnotationValue at = flag.written("defaultValue");
    boolean required = flag.bool("required");
    if (required && type.shape() == Shape.OPTIONAL) {
      errors.error(
          method,
          flag.mirror(),
          flag.written("required"),
          "flag --" + name + " is Optional, so it cannot be required");
    }
    if (text.equals(Flag.NO_DEFAULT)) {
      if (!required && type.shape() == Shape.SINGLE && type.kind() != ScalarKind.BOOLEAN) {
        errors.error(
            method,
            "flag --"
                + name
                + " has no default: give a defaultValue, set required = true,"
                + " or return Optional<"
                + type.elementType()
                + ">");
      }
      return type.isBoolean() ? Optional.of("false") : Optional.empty();
    }
    if (required) {
      errors.error(
          method,
          flag.mirror(),
          at,
          "flag --" + name + " is required, so it cannot have a default");
      return Optional.empty();
    }
    try {
      for (Object value : ValueChecker.parse(type, text)) {
        if (!choices.isEmpty() && !choices.contains(value)) {
          errors.error(
              method,
              flag.mirror(),
              at,
              "invalid default value '"
                  + text
                  + "' for flag --"
                  + name
                  + ": expected one of "
                  + String.join(", ", choices));
          break;
        }
        if ((min.isPresent() && ValueChecker.compare(value, min.get()) < 0)
            || (max.isPresent() && ValueChecker.compare(value, max.get()) > 0)) {
          errors.error(
              method,
              flag.mirror(),
              at,
              "default value '" + text + "' of flag --" + name + " is out of range " + range(flag));
          break;
        }
      }
    } catch (IllegalArgumentException e) {
      errors.error(
          method,
          flag.mirror(),
          at,
          "invalid default value '" + text + "' for flag --" + name + ": " + e.getMessage());
    }
    return Optional.of(text);
  }

  private boolean claimNames(
      ExecutableElement method,
      AnnotationReader flag,
      String name,
      List<String> aliases,
      String owner) {
    String declaredBy = owner + "." + method.getSimpleName() + "()";
    boolean ok = true;
    String holder = namespace.claim(name, name, false, declaredBy);
    if (holder != null) {
      errors.error(
          method,
          flag.mirror(),
          flag.written("name"),
          "flag name '" + name + "' is taken by " + holder);
      ok = false;
    }
    List<AnnotationValue> written = flag.writtenArray("aliases");
    for (int i = 0; i < aliases.size(); i++) {
      holder = namespace.claim(aliases.get(i), name, true, declaredBy);
      if (holder != null) {
        errors.error(
            method,
            flag.mirror(),
            written.get(i),
            "alias '" + aliases.get(i) + "' of flag --" + name + " is taken by " + holder);
        ok = false;
      }
    }
    return ok;
  }

  private static String range(AnnotationReader flag) {
    Optional<String> min = written(flag, "min");
    Optional<String> max = written(flag, "max");
    if (min.isPresent() && max.isPresent()) {
      return "[" + min.get() + ", " + max.get() + "]";
    }
    return min.map(m -> "(minimum " + m + ")").orElseGet(() -> "(maximum " + max.get() + ")");
  }

  private static Optional<String> written(AnnotationReader flag, String attribute) {
    String text = flag.string(attribute);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
