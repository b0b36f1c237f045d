package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.processor.writing.RuntimeNames.ENCODED_RESULT;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_DATA;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_VALUES;
import static io.github.flagstaff.processor.writing.RuntimeNames.MANAGER;
import static io.github.flagstaff.processor.writing.RuntimeNames.MANAGER_FACTORY;
import static io.github.flagstaff.processor.writing.RuntimeNames.PERIODIC_TASK_DEFINITION;
import static io.github.flagstaff.processor.writing.RuntimeNames.REQUEST_CONTEXT;
import static io.github.flagstaff.processor.writing.RuntimeNames.RPC_ARGUMENTS;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_CONTEXT;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_DEFINITION;
import static io.github.flagstaff.processor.writing.RuntimeNames.SERVICE_LAUNCHER;
import static io.github.flagstaff.processor.writing.RuntimeNames.TASK_CONTEXT;
import static io.github.flagstaff.processor.writing.RuntimeNames.UNKNOWN_METHOD;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.flagstaff.processor.model.ManagerModel;
import io.github.flagstaff.processor.model.RpcMethodModel;
import io.github.flagstaff.processor.model.RpcParameterModel;
import io.github.flagstaff.processor.model.ServiceModel;
import io.github.flagstaff.processor.model.TaskModel;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a service: a factory per manager (creating it, running its periodic tasks and dispatching
 * its {@code @Rpc} methods, each through a {@code switch}), and the {@code Nova<Topic>Main} class
 * holding the service definition, the {@code <topic>_manager} flag as data, and {@code main}.
 */
public final class ServiceWriter {
  /** The main class's constant holding the manager flag's data. */
  static final String MANAGER_FLAG = "MANAGER_FLAG";

  private final SourceFiles files;

  public ServiceWriter(SourceFiles files) {
    this.files = files;
  }

  /** Writes a manager's factory, declared by {@code origin}. */
  public void writeFactory(ManagerModel manager, Element origin) {
    ClassName name = manager.factoryName();
    NameAllocator members = new NameAllocator();
    CodecFields codecs = new CodecFields(members);
    TypeSpec.Builder factory =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "Creates {@link $T} and calls its periodic tasks and {@code @Rpc} methods, without"
                    + " reflection.\n",
                manager.type())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(MANAGER_FACTORY)
            .addMethod(constructor(manager))
            .addMethod(create(manager));
    if (!manager.tasks().isEmpty()) {
      factory.addMethod(periodicTasks(manager)).addMethod(runTask(manager));
    }
    if (!manager.rpcMethods().isEmpty()) {
      factory.addMethod(dispatch(manager, codecs));
      List<RpcMethodModel> namespaced =
          manager.rpcMethods().stream().filter(m -> m.namespace() != null).toList();
      if (!namespaced.isEmpty()) {
        factory.addMethod(rpcNamespaces(namespaced));
      }
    }
    codecs.addTo(factory);
    files.write(name.packageName(), factory, List.of(origin));
  }

  /** The namespace of each method of {@code namespaced}, by wire name. */
  private static MethodSpec rpcNamespaces(List<RpcMethodModel> namespaced) {
    CodeBlock.Builder entries = CodeBlock.builder();
    boolean few = namespaced.size() <= 10;
    for (RpcMethodModel method : namespaced) {
      entries.add(entries.isEmpty() ? "" : ",$W");
      if (few) {
        entries.add("$S, $S", method.wireName(), method.namespace());
      } else {
        entries.add("$T.entry($S, $S)", Map.class, method.wireName(), method.namespace());
      }
    }
    TypeName map = ParameterizedTypeName.get(Map.class, String.class, String.class);
    return override("rpcNamespaces", map)
        .addStatement("return $T.$L($L)", Map.class, few ? "of" : "ofEntries", entries.build())
        .build();
  }

  /** The manager's name, flag sets and, when it has {@code @Rpc} methods, its RPC API version. */
  private static MethodSpec constructor(ManagerModel manager) {
    CodeBlock arguments =
        CodeBlock.of(
            "$S,$W$T.of($L)",
            manager.type().canonicalName(),
            List.class,
            Injection.flagSets(manager.constructorParameters()));
    if (!manager.rpcMethods().isEmpty()) {
      arguments = CodeBlock.of("$L,$W$S", arguments, manager.rpcVersion());
    }
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addStatement("super($L)", arguments)
        .build();
  }

  private static MethodSpec create(ManagerModel manager) {
    return override("create", MANAGER)
        .addParameter(FLAG_VALUES, "values")
        .addParameter(SERVICE_CONTEXT, "context")
        .addStatement(
            "return new $T($L)",
            manager.type(),
            Injection.arguments(manager.constructorParameters()))
        .build();
  }

  private static MethodSpec periodicTasks(ManagerModel manager) {
    CodeBlock.Builder tasks = CodeBlock.builder();
    for (int i = 0; i < manager.tasks().size(); i++) {
      TaskModel task = manager.tasks().get(i);
      CodeBlock spacing = task.spacing().map(Literals::duration).orElse(CodeBlock.of("null"));
      tasks.add(
          "$Ltask(manager, $L, $S, $L, $L, $L)",
          i == 0 ? "\n" : ",\n",
          i,
          task.name(),
          spacing,
          task.runImmediately(),
          task.enabled());
    }
    return override(
            "periodicTasks",
            ParameterizedTypeName.get(ClassName.get(List.class), PERIODIC_TASK_DEFINITION))
        .addParameter(MANAGER, "manager")
        .addStatement("return $T.of($L)", List.class, tasks.build())
        .build();
  }

  private static MethodSpec runTask(ManagerModel manager) {
    NameAllocator locals = locals("manager", "task", "context");
    String typed = locals.newName(lowerCamel(manager.type().simpleName()));
    MethodSpec.Builder method =
        override("runTask", TypeName.VOID)
            .addParameter(MANAGER, "manager")
            .addParameter(int.class, "task")
            .addParameter(TASK_CONTEXT, "context")
            .addException(Exception.class)
            .addStatement("$T $N = ($T) manager", manager.type(), typed, manager.type())
            .beginControlFlow("switch (task)");
    for (int i = 0; i < manager.tasks().size(); i++) {
      TaskModel task = manager.tasks().get(i);
      method.addStatement(
          task.takesContext() ? "case $L -> $N.$N(context)" : "case $L -> $N.$N()",
          i,
          typed,
          task.methodName());
    }
    return method
        .addStatement(
            "default -> throw new $T($S + task)", IllegalArgumentException.class, "no task ")
        .endControlFlow()
        .build();
  }

  private static MethodSpec dispatch(ManagerModel manager, CodecFields codecs) {
    NameAllocator locals = locals("manager", "method", "arguments", "context");
    String typed = locals.newName(lowerCamel(manager.type().simpleName()));
    MethodSpec.Builder dispatch =
        override("dispatch", ENCODED_RESULT)
            .addParameter(MANAGER, "manager")
            .addParameter(String.class, "method")
            .addParameter(RPC_ARGUMENTS, "arguments")
            .addParameter(REQUEST_CONTEXT, "context")
            .addException(Exception.class)
            .addStatement("$T $N = ($T) manager", manager.type(), typed, manager.type())
            .beginControlFlow("switch (method)");
    for (RpcMethodModel method : manager.rpcMethods()) {
      dispatch.addCode("case $S:\n$>", method.wireName());
      CodeBlock.Builder call = CodeBlock.builder().add("$N.$N(", typed, method.methodName());
      boolean first = true;
      for (RpcParameterModel parameter : method.parameters()) {
        call.add(first ? "" : ",$W");
        first = false;
        if (parameter.isContext()) {
          call.add("context");
        } else {
          call.add(
              "arguments.get($S, $L)",
              parameter.wireName(),
              codecs.of(parameter.codec(), parameter.type()));
        }
      }
      call.add(")");
      if (method.result() == null) {
        dispatch.addStatement("$L", call.build()).addStatement("return $T.VOID", ENCODED_RESULT);
      } else {
        dispatch.addStatement(
            "return $T.of($L, $L)",
            ENCODED_RESULT,
            codecs.of(method.result(), method.returnType()),
            call.build());
      }
      dispatch.addCode("$<");
    }
    return dispatch
        .addCode("default:\n$>")
        .addStatement("throw new $T(method)", UNKNOWN_METHOD)
        .addCode("$<")
        .endControlFlow()
        .build();
  }

  /** Writes the main class of {@code service}, whose module's flag index is {@code flagIndex}. */
  public void writeService(
      ServiceModel service, ClassName flagIndex, List<? extends Element> origins) {
    files.write(service.mainName().packageName(), main(service, flagIndex), origins);
  }

  private static TypeSpec.Builder main(ServiceModel service, ClassName flagIndex) {
    CodeBlock.Builder definition =
        CodeBlock.builder()
            .indent()
            .indent()
            .add(
                "\n$T.builder($S, $S, $T.class)\n",
                SERVICE_DEFINITION,
                service.topic(),
                service.binary(),
                service.mainName())
            .indent()
            .indent();
    for (ManagerModel manager : service.managers()) {
      definition.add(".manager(new $T())\n", manager.factoryName());
    }
    definition.add(".flagIndex(new $T())\n", flagIndex);
    definition.add(".build()");
    for (int i = 0; i < 4; i++) {
      definition.unindent();
    }
    return TypeSpec.classBuilder(service.mainName())
        .addJavadoc("Runs $L, as Nova's {@code bin/$L} did.\n", service.binary(), service.binary())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(
            FieldSpec.builder(
                    String.class, MANAGER_FLAG, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                    "The flag {@code --$L}, as {@link $T} reads it.\n",
                    service.managerFlag(),
                    FLAG_DATA)
                .initializer("$S", FlagDataText.managerFlag(service))
                .build())
        .addField(
            FieldSpec.builder(
                    SERVICE_DEFINITION, "SERVICE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The $L service: its topic, binary and managers.\n", service.binary())
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

  private static NameAllocator locals(String... parameters) {
    NameAllocator names = new NameAllocator();
    for (String parameter : parameters) {
      names.newName(parameter);
    }
    return names;
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  private static String lowerCamel(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
