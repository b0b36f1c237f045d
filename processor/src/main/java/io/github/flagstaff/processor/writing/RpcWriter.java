package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.processor.writing.RuntimeNames.CODECS;
import static io.github.flagstaff.processor.writing.RuntimeNames.ENCODED_RESULT;
import static io.github.flagstaff.processor.writing.RuntimeNames.JSON_CODEC;
import static io.github.flagstaff.processor.writing.RuntimeNames.JSON_GENERATOR;
import static io.github.flagstaff.processor.writing.RuntimeNames.JSON_PARSER;
import static io.github.flagstaff.processor.writing.RuntimeNames.JSON_TOKEN;
import static io.github.flagstaff.processor.writing.RuntimeNames.REQUEST_CONTEXT;
import static io.github.flagstaff.processor.writing.RuntimeNames.RPC_ARGUMENTS;
import static io.github.flagstaff.processor.writing.RuntimeNames.RPC_CLIENT;
import static io.github.flagstaff.processor.writing.RuntimeNames.RPC_DISPATCHER;
import static io.github.flagstaff.processor.writing.RuntimeNames.TARGET;
import static io.github.flagstaff.processor.writing.RuntimeNames.UNKNOWN_METHOD;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.flagstaff.processor.model.CodecModel;
import io.github.flagstaff.processor.model.ManagerModel;
import io.github.flagstaff.processor.model.RecordModel;
import io.github.flagstaff.processor.model.RpcMethodModel;
import io.github.flagstaff.processor.model.RpcParameterModel;
import io.github.flagstaff.processor.model.ServiceModel;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the RPC code: a dispatcher per manager with {@code @Rpc} methods, a typed client per
 * topic, and a JSON codec per record used in a signature.
 */
public final class RpcWriter {
  private final SourceFiles files;

  public RpcWriter(SourceFiles files) {
    this.files = files;
  }

  /** Writes {@code manager}'s dispatcher, declared by {@code origin}. */
  public void writeDispatcher(ManagerModel manager, Element origin) {
    MethodSpec.Builder dispatch =
        MethodSpec.methodBuilder("dispatch")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ENCODED_RESULT)
            .addParameter(String.class, "method")
            .addParameter(RPC_ARGUMENTS, "arguments")
            .addParameter(REQUEST_CONTEXT, "context")
            .addException(Exception.class)
            .beginControlFlow("switch (method)");
    for (RpcMethodModel method : manager.rpcMethods()) {
      dispatch.addCode("case $S:\n", method.wireName()).addCode("$>");
      CodeBlock.Builder call = CodeBlock.builder().add("manager.$N(", method.methodName());
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
              CodecExpressions.of(parameter.codec()));
        }
      }
      call.add(")");
      if (method.result() == null) {
        dispatch.addStatement("$L", call.build()).addStatement("return $T.VOID", ENCODED_RESULT);
      } else {
        dispatch.addStatement(
            "return $T.of($L, $L)",
            ENCODED_RESULT,
            CodecExpressions.of(method.result()),
            call.build());
      }
      dispatch.addCode("$<");
    }
    dispatch
        .addCode("default:\n$>")
        .addStatement("throw new $T(method)", UNKNOWN_METHOD)
        .addCode("$<")
        .endControlFlow();
    ClassName name = manager.dispatcherName();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "Calls the {@code @Rpc} methods of {@link $T} by name, without reflection.\n",
                manager.type())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(RPC_DISPATCHER)
            .addField(manager.type(), "manager", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(manager.type(), "manager")
                    .addStatement("this.manager = manager")
                    .build())
            .addMethod(dispatch.build());
    files.write(name.packageName(), type, List.of(origin));
  }

  /** Writes the client of {@code service}'s topic. */
  public void writeClient(ServiceModel service, List<? extends Element> origins) {
    ClassName client = service.clientName();
    ClassName calls = client.nestedClass("Calls");
    ClassName casts = client.nestedClass("Casts");
    TypeSpec.Builder callsType =
        sender(
            calls,
            "Calls that wait for the result, within their timeout.\n",
            TypeName.get(Duration.class),
            "timeout");
    TypeSpec.Builder castsType =
        sender(casts, "Casts, which send and do not wait.\n", TARGET, "to");
    for (RpcMethodModel method : service.rpcMethods()) {
      callsType.addMethod(callMethod(method));
      castsType.addMethod(castMethod(method));
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(client)
            .addJavadoc(
                "Calls the $L service: each {@code @Rpc} method of its managers as a call, a cast,"
                    + " or a cast\n"
                    + "to every host (fan-out), sent to any host of the topic or to one.\n",
                service.topic())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addField(
                FieldSpec.builder(
                        String.class, "TOPIC", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The topic this client calls.\n")
                    .initializer("$S", service.topic())
                    .build())
            .addField(RPC_CLIENT, "rpc", Modifier.PRIVATE, Modifier.FINAL)
            .addField(TARGET, "target", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(RPC_CLIENT, "rpc")
                    .addParameter(TARGET, "target")
                    .addStatement("this.rpc = rpc")
                    .addStatement("this.target = target")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("of")
                    .addJavadoc("A client sending to any host of the topic, through {@code rpc}.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(client)
                    .addParameter(RPC_CLIENT, "rpc")
                    .addStatement("return new $T(rpc, $T.topic(TOPIC))", client, TARGET)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("onHost")
                    .addJavadoc("This client, sending to the host {@code host} only.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(client)
                    .addParameter(String.class, "host")
                    .addStatement("return new $T(rpc, $T.host(TOPIC, host))", client, TARGET)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("call")
                    .addJavadoc("Calls that wait up to {@code --rpc_response_timeout}.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(calls)
                    .addParameter(REQUEST_CONTEXT, "context")
                    .addStatement("return new $T(context, rpc.defaultTimeout())", calls)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("call")
                    .addJavadoc("Calls that wait up to {@code timeout}.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(calls)
                    .addParameter(REQUEST_CONTEXT, "context")
                    .addParameter(Duration.class, "timeout")
                    .addStatement("return new $T(context, timeout)", calls)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("cast")
                    .addJavadoc("Casts to this client's host or topic.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(casts)
                    .addParameter(REQUEST_CONTEXT, "context")
                    .addStatement("return new $T(context, target)", casts)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("fanout")
                    .addJavadoc("Casts to every host of the topic.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(casts)
                    .addParameter(REQUEST_CONTEXT, "context")
                    .addStatement("return new $T(context, $T.fanout(TOPIC))", casts, TARGET)
                    .build())
            .addType(callsType.build())
            .addType(castsType.build());
    files.write(client.packageName(), type, origins);
  }

  /**
   * A nested class holding the request context and one more final field, set by its constructor.
   */
  private static TypeSpec.Builder sender(
      ClassName name, String javadoc, TypeName fieldType, String field) {
    return TypeSpec.classBuilder(name)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(REQUEST_CONTEXT, "context", Modifier.PRIVATE, Modifier.FINAL)
        .addField(fieldType, field, Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(REQUEST_CONTEXT, "context")
                .addParameter(fieldType, field)
                .addStatement("this.context = context")
                .addStatement("this.$N = $N", field, field)
                .build());
  }

  private static MethodSpec callMethod(RpcMethodModel method) {
    MethodSpec.Builder spec =
        clientMethod(method, "Calls {@code $L} and waits for its result.\n")
            .returns(method.returnType());
    CodeBlock result =
        method.result() == null
            ? CodeBlock.of("$T.VOID", CODECS)
            : CodecExpressions.of(method.result());
    CodeBlock call =
        CodeBlock.of(
            "rpc.call(target,$Wcontext,$Wtimeout,$W$S,$W$L,$W$L)",
            method.wireName(),
            argumentWriter(method),
            result);
    return (method.result() == null
            ? spec.addStatement("$L", call)
            : spec.addStatement("return $L", call))
        .build();
  }

  private static MethodSpec castMethod(RpcMethodModel method) {
    return clientMethod(method, "Casts {@code $L}, without waiting.\n")
        .addStatement("rpc.cast(to,$Wcontext,$W$S,$W$L)", method.wireName(), argumentWriter(method))
        .build();
  }

  private static MethodSpec.Builder clientMethod(RpcMethodModel method, String javadoc) {
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(method.methodName())
            .addJavadoc(javadoc, method.wireName())
            .addModifiers(Modifier.PUBLIC);
    for (RpcParameterModel argument : method.arguments()) {
      spec.addParameter(argument.type(), argument.javaName());
    }
    return spec;
  }

  private static CodeBlock argumentWriter(RpcMethodModel method) {
    if (method.arguments().isEmpty()) {
      return CodeBlock.of("arguments -> {}");
    }
    CodeBlock.Builder puts = CodeBlock.builder().add("arguments -> arguments");
    for (RpcParameterModel argument : method.arguments()) {
      puts.add(
          "$Z.put($S, $L, $N)",
          argument.wireName(),
          CodecExpressions.of(argument.codec()),
          argument.javaName());
    }
    return puts.build();
  }

  /** Writes the JSON codec of {@code record}. */
  public void writeCodec(RecordModel record, List<? extends Element> origins) {
    ClassName name = record.codecName();
    MethodSpec.Builder write =
        MethodSpec.methodBuilder("write")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(JSON_GENERATOR, "out")
            .addParameter(record.type(), "value")
            .addException(IOException.class)
            .beginControlFlow("if (value == null)")
            .addStatement("out.writeNull()")
            .addStatement("return")
            .endControlFlow()
            .addStatement("out.writeStartObject()");
    MethodSpec.Builder read =
        MethodSpec.methodBuilder("read")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(record.type())
            .addParameter(JSON_PARSER, "in")
            .addException(IOException.class)
            .beginControlFlow("if (in.currentToken() == $T.VALUE_NULL)", JSON_TOKEN)
            .addStatement("return null")
            .endControlFlow()
            .beginControlFlow("if (in.currentToken() != $T.START_OBJECT)", JSON_TOKEN)
            .addStatement("throw $T.mismatch($S, in)", CODECS, record.type().simpleName())
            .endControlFlow();
    CodeBlock.Builder switchCases = CodeBlock.builder();
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (RecordModel.Component component : record.components()) {
      CodeBlock codec = CodecExpressions.of(component.codec());
      write
          .addStatement("out.writeFieldName($S)", component.wireName())
          .addStatement("$L.write(out, value.$N())", codec, component.name());
      TypeName boxed = component.type().box();
      if (component.codec().kind() == CodecModel.Kind.OPTIONAL) {
        read.addStatement("$T $N = $T.empty()", boxed, component.name(), Optional.class);
      } else {
        read.addStatement("$T $N = null", boxed, component.name());
      }
      switchCases.add(
          "case $S -> $N = $L.read(in);\n", component.wireName(), component.name(), codec);
      arguments.add(arguments.isEmpty() ? "$N" : ", $N", component.name());
    }
    write.addStatement("out.writeEndObject()");
    read.beginControlFlow("while (in.nextToken() == $T.FIELD_NAME)", JSON_TOKEN)
        .addStatement("String field = in.currentName()")
        .addStatement("in.nextToken()")
        .beginControlFlow("switch (field)")
        .addCode(switchCases.build())
        .addCode("default -> in.skipChildren();\n")
        .endControlFlow()
        .endControlFlow();
    for (RecordModel.Component component : record.components()) {
      if (component.type().isPrimitive()) {
        read.beginControlFlow("if ($N == null)", component.name())
            .addStatement(
                "throw new $T($S)",
                IllegalArgumentException.class,
                "missing field '" + component.wireName() + "' of " + record.type().simpleName())
            .endControlFlow();
      }
    }
    read.addStatement("return new $T($L)", record.type(), arguments.build());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc("Writes and reads {@link $T} as JSON, without reflection.\n", record.type())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(JSON_CODEC, record.type()))
            .addField(
                FieldSpec.builder(
                        name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The codec.\n")
                    .initializer("new $T()", name)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(write.build())
            .addMethod(read.build());
    files.write(name.packageName(), type, origins);
  }
}
