package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_VALUES;
import static io.github.flagstaff.processor.writing.RuntimeNames.MANAGER;
import static io.github.flagstaff.processor.writing.RuntimeNames.MANAGER_FACTORY;
import static io.github.flagstaff.processor.writing.RuntimeNames.PERIODIC_TASK_DEFINITION;
import static io.github.flagstaff.processor.writing.RuntimeNames.RPC_DISPATCHER;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_CONTEXT;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_DEFINITION;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_LAUNCHER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.flagstaff.processor.model.InjectedKind;
import io.github.flagstaff.processor.model.InjectedParameter;
import io.github.flagstaff.processor.model.ManagerModel;
import io.github.flagstaff.processor.model.ServiceModel;
import io.github.flagstaff.processor.model.TaskModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a service: a factory per manager, the flag set declaring {@code <topic>_manager}, and the
 * {@code Nova<Topic>Main} class holding the service definition and {@code main}.
 */
public final class ServiceWriter {
  private final SourceFiles files;

  public ServiceWriter(SourceFiles files) {
    this.files = files;
  }

  /** Writes a manager's factory, declared by {@code origin}. */
  public void writeFactory(ManagerModel manager, Element origin) {
    ClassName name = manager.factoryName();
    TypeSpec.Builder factory =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "Creates {@link $T} for the service runtime, without reflection.\n", manager.type())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(MANAGER_FACTORY)
            .addMethod(
                override("name", ClassName.get(String.class))
                    .addStatement("return $S", manager.type().canonicalName())
                    .build())
            .addMethod(flagSets(manager))
            .addMethod(create(manager))
            .addMethod(periodicTasks(manager))
            .addMethod(dispatcher(manager));
    files.write(name.packageName(), factory, List.of(origin));
  }

  private static MethodSpec flagSets(ManagerModel manager) {
    CodeBlock.Builder sets = CodeBlock.builder();
    for (InjectedParameter parameter : manager.constructorParameters()) {
      if (parameter.kind() == InjectedKind.FLAG_SET) {
        sets.add(sets.isEmpty() ? "$T.class" : ",$W$T.class", parameter.type());
      }
    }
    TypeName classes =
        ParameterizedTypeName.get(
            ClassName.get(List.class),
            ParameterizedTypeName.get(
                ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)));
    return override("flagSets", classes)
        .addStatement("return $T.of($L)", List.class, sets.build())
        .build();
  }

  private static MethodSpec create(ManagerModel manager) {
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (InjectedParameter parameter : manager.constructorParameters()) {
      CodeBlock argument =
          switch (parameter.kind()) {
            case FLAG_SET -> CodeBlock.of("values.get($T.class)", parameter.type());
            case FLAG_VALUES -> CodeBlock.of("values");
            case SERVICE_CONTEXT -> CodeBlock.of("context");
          };
      arguments.add(arguments.isEmpty() ? "$L" : ",$W$L", argument);
    }
    return override("create", MANAGER)
        .addParameter(FLAG_VALUES, "values")
        .addParameter(SERVICE_CONTEXT, "context")
        .addStatement("return new $T($L)", manager.type(), arguments.build())
        .build();
  }

  private static MethodSpec periodicTasks(ManagerModel manager) {
    MethodSpec.Builder method =
        override(
                "periodicTasks",
                ParameterizedTypeName.get(ClassName.get(List.class), PERIODIC_TASK_DEFINITION))
            .addParameter(MANAGER, "manager");
    if (manager.tasks().isEmpty()) {
      return method.addStatement("return $T.of()", List.class).build();
    }
    String simple = manager.type().simpleName();
    String typed = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    if (typed.equals("manager")) {
      typed = "typed";
    }
    method.addStatement("$T $N = ($T) manager", manager.type(), typed, manager.type());
    CodeBlock.Builder tasks = CodeBlock.builder();
    for (TaskModel task : manager.tasks()) {
      CodeBlock spacing = task.spacing().map(Literals::duration).orElse(CodeBlock.of("null"));
      CodeBlock call =
          task.takesContext()
              ? CodeBlock.of("$N::$N", typed, task.methodName())
              : CodeBlock.of("context -> $N.$N()", typed, task.methodName());
      tasks.add(tasks.isEmpty() ? "\n" : ",\n");
      tasks.add(
          "new $T($S, $L, $L, $L, $L)",
          PERIODIC_TASK_DEFINITION,
          task.name(),
          spacing,
          task.runImmediately(),
          task.enabled(),
          call);
    }
    return method.addStatement("return $T.of($L)", List.class, tasks.build()).build();
  }

  private static MethodSpec dispatcher(ManagerModel manager) {
    MethodSpec.Builder method =
        override(
                "dispatcher",
                ParameterizedTypeName.get(ClassName.get(Optional.class), RPC_DISPATCHER))
            .addParameter(MANAGER, "manager");
    return manager.rpcMethods().isEmpty()
        ? method.addStatement("return $T.empty()", Optional.class).build()
        : method
            .addStatement(
                "return $T.of(new $T(($T) manager))",
                Optional.class,
                manager.dispatcherName(),
                manager.type())
            .build();
  }

  /** Writes the flag set declaring {@code --<topic>_manager}, and the main class. */
  public void writeService(ServiceModel service, List<? extends Element> origins) {
    files.write(service.flagSetName().packageName(), managerFlagSet(service), origins);
    files.write(service.mainName().packageName(), main(service), origins);
  }

  private static TypeSpec.Builder managerFlagSet(ServiceModel service) {
    AnnotationSpec.Builder flag =
        AnnotationSpec.builder(FLAG)
            .addMember("name", "$S", service.managerFlag())
            .addMember("help", "$S", "Manager for " + service.binary())
            .addMember("defaultValue", "$S", service.defaultManager().type().canonicalName());
    for (ManagerModel manager : service.managers()) {
      flag.addMember("choices", "$S", manager.type().canonicalName());
    }
    return TypeSpec.interfaceBuilder(service.flagSetName())
        .addJavadoc("The flag that chooses $L's manager.\n", service.binary())
        .addModifiers(Modifier.PUBLIC)
        .addMethod(
            MethodSpec.methodBuilder(lowerCamel(service.managerFlag()))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addAnnotation(flag.build())
                .returns(String.class)
                .build());
  }

  private static TypeSpec.Builder main(ServiceModel service) {
    CodeBlock.Builder definition =
        CodeBlock.builder()
            .indent()
            .indent()
            .add("\n$T.builder($S, $S)\n", SERVICE_DEFINITION, service.topic(), service.binary())
            .indent()
            .indent()
            .add(
                ".managerFlag($T.class, $T.$N)\n",
                service.flagSetName(),
                ClassName.get(
                    service.flagSetName().packageName(),
                    service.flagSetName().simpleName() + "Table"),
                service.managerFlag().toUpperCase(Locale.ROOT));
    for (ManagerModel manager : service.managers()) {
      definition.add(".manager(new $T())\n", manager.factoryName());
    }
    definition.add(".build()");
    for (int i = 0; i < 4; i++) {
      definition.unindent();
    }
    return TypeSpec.classBuilder(service.mainName())
        .addJavadoc("Runs $L, as Nova's {@code bin/$L} did.\n", service.binary(), service.binary())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(
            FieldSpec.builder(
                    SERVICE_DEFINITION, "SERVICE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                    "The $L service: its topic, binary, manager flag and managers.\n",
                    service.binary())
                .initializer(definition.build())
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("main")
                .addJavadoc("Reads the default flagfile, parses {@code args}, serves and waits.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(ArrayTypeName.of(String.class), "args")
                .addStatement("$T.launch(SERVICE, args)", SERVICE_LAUNCHER)
                .build());
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  private static String lowerCamel(String snake) {
    String camel = ServiceModel.upperCamel(snake);
    return Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
  }
}
