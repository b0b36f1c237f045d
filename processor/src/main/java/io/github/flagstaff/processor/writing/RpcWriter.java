package io.github.flagstaff.processor.writing;

import static io.github.flagstaff.processor.writing.RuntimeNames.ARGUMENT_LIST;
import static io.github.flagstaff.processor.writing.RuntimeNames.CODECS;
import static io.github.flagstaff.processor.writing.RuntimeNames.FLAG_DATA;
import static io.github.flagstaff.processor.writing.RuntimeNames.JSON_CODEC;
import static io.github.flagstaff.processor.writing.RuntimeNames.JSON_GENERATOR;
import static io.github.flagstaff.processor.writing.RuntimeNames.JSON_PARSER;
import static io.github.flagstaff.processor.writing.RuntimeNames.JSON_TOKEN;
import static io.github.flagstaff.processor.writing.RuntimeNames.RPC_CLIENT;
import static io.github.flagstaff.processor.writing.RuntimeNames.SENDING;
import static io.github.flagstaff.processor.writing.RuntimeNames.TARGET;
import static io.github.flagstaff.processor.writing.RuntimeNames.TOPIC_CLIENT;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.flagstaff.processor.model.CodecModel;
import io.github.flagstaff.processor.model.RecordModel;
import io.github.flagstaff.processor.model.RpcMethodModel;
import io.github.flagstaff.processor.model.RpcParameterModel;
import io.github.flagstaff.processor.model.ServiceModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the RPC code: a typed client per topic, and a JSON codec per record used in a signature.
 * (Each manager's factory dispatches its {@code @Rpc} methods.)
 */
public final class RpcWriter {
  /** The client's constant holding its version cap flag's data. */
  static final String UPGRADE_LEVELS_FLAG = "UPGRADE_LEVELS_FLAG";

  /** The field of a client's calls and casts that says how they send. */
  private static final String SENDING_FIELD = "sending";

  private final SourceFiles files;

  public RpcWriter(SourceFiles files) {
    this.files = files;
  }

  /** Writes the client of {@code service}'s topic. */
  public void writeClient(ServiceModel service, List<? extends Element> origins) {
    ClassName client = service.clientName();
    ClassName calls = client.nestedClass("Calls");
    ClassName casts = client.nestedClass("Casts");
    TypeSpec.Builder callsType =
        sender(calls, "Calls that wait for the result, within their timeout.\n");
    TypeSpec.Builder castsType = sender(casts, "Casts, which send and do not wait.\n");
    NameAllocator members = new NameAllocator();
    members.newName("TOPIC");
    members.newName(UPGRADE_LEVELS_FLAG);
    CodecFields codecs = new CodecFields(members);
    for (RpcMethodModel method : service.rpcMethods()) {
      callsType.addMethod(callMethod(method, codecs));
      castsType.addMethod(castMethod(method, codecs));
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(client)
            .addJavadoc(
                "Calls the $L service: each {@code @Rpc} method of its managers as a call, a cast,"
                    + " or a cast\n"
                    + "to every host (fan-out), sent to any host of the topic or to one.\n",
                service.topic())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(TOPIC_CLIENT, client, calls, casts))
            .addField(
                FieldSpec.builder(
                        String.class, "TOPIC", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The topic this client calls.\n")
                    .initializer("$S", service.topic())
                    .build())
            .addField(
                FieldSpec.builder(
                        String.class,
                        UPGRADE_LEVELS_FLAG,
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc(
                        "The flag {@code --$L}, as {@link $T} reads it.\n",
                        service.upgradeLevelsFlag(),
                        FLAG_DATA)
                    .initializer("$S", FlagDataText.upgradeLevelsFlag(service))
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(RPC_CLIENT, "rpc")
                    .addParameter(TARGET, "target")
                    .addStatement("super(rpc, target)")
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
                override("client", client)
                    .addParameter(RPC_CLIENT, "rpc")
                    .addParameter(TARGET, "target")
                    .addStatement("return new $T(rpc, target)", client)
                    .build())
            .addMethod(
                override("calls", calls)
                    .addParameter(SENDING, "sending")
                    .addStatement("return new $T(sending)", calls)
                    .build())
            .addMethod(
                override("casts", casts)
                    .addParameter(SENDING, "sending")
                    .addStatement("return new $T(sending)", casts)
                    .build())
            .addType(callsType.build())
            .addType(castsType.build());
    codecs.addTo(type);
    files.write(client.packageName(), type, origins);
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(returns);
  }

  /** A nested class whose methods send as its {@code sending} field says. */
  private static TypeSpec.Builder sender(ClassName name, String javadoc) {
    return TypeSpec.classBuilder(name)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addField(SENDING, SENDING_FIELD, Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(SENDING, SENDING_FIELD)
                .addStatement("this.$N = $N", SENDING_FIELD, SENDING_FIELD)
                .build());
  }

  private static MethodSpec callMethod(RpcMethodModel method, CodecFields codecs) {
    ClientMethod spec = clientMethod(method, "Calls {@code $L} and waits for its result.\n");
    spec.builder().returns(method.returnType());
    CodeBlock result =
        method.result() == null
            ? CodeBlock.of("$T.VOID", CODECS)
            : codecs.of(method.result(), method.returnType());
    CodeBlock call =
        CodeBlock.of(
            "$N.call($S,$L$W$L,$W$L)",
            SENDING_FIELD,
            method.wireName(),
            versionArguments(method),
            spec.argumentWriter(codecs),
            result);
    return (method.result() == null
            ? spec.builder().addStatement("$L", call)
            : spec.builder().addStatement("return $L", call))
        .build();
  }

  private static MethodSpec castMethod(RpcMethodModel method, CodecFields codecs) {
    ClientMethod spec = clientMethod(method, "Casts {@code $L}, without waiting.\n");
    return spec.builder()
        .addStatement(
            "$N.cast($S,$L$W$L)",
            SENDING_FIELD,
            method.wireName(),
            versionArguments(method),
            spec.argumentWriter(codecs))
        .build();
  }

  /**
   * The version and namespace a request for {@code method} names, after its name: none for the main
   * API's first version, which servers assume.
   */
  private static CodeBlock versionArguments(RpcMethodModel method) {
    if (!method.isVersioned()) {
      return CodeBlock.of("");
    }
    return method.namespace() == null
        ? CodeBlock.of("$W$S,$Wnull,", method.since())
        : CodeBlock.of("$W$S,$W$S,", method.since(), method.namespace());
  }

  /** A client method being built, with the names its parameters got. */
  private record ClientMethod(
      MethodSpec.Builder builder, RpcMethodModel method, List<String> names) {

    /** The {@code ArgumentList} of the call's arguments, put in order. */
    CodeBlock argumentWriter(CodecFields codecs) {
      CodeBlock.Builder puts = CodeBlock.builder().add("$T.NONE", ARGUMENT_LIST);
      for (int i = 0; i < names.size(); i++) {
        RpcParameterModel argument = method.arguments().get(i);
        puts.add(
            "$Z.put($S, $L, $N)",
            argument.wireName(),
            codecs.of(argument.codec(), argument.type()),
            names.get(i));
      }
      return puts.build();
    }
  }

  /**
   * Starts a client method; its parameters take the caller's names unless they would hide the
   * sender's field.
   */
  private static ClientMethod clientMethod(RpcMethodModel method, String javadoc) {
    NameAllocator names = new NameAllocator();
    names.newName(SENDING_FIELD);
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(method.methodName())
            .addJavadoc(javadoc, method.wireName())
            .addModifiers(Modifier.PUBLIC);
    if (method.isVersioned()) {
      spec.addJavadoc(
          "API version $L$L.\n",
          method.since(),
          method.namespace() == null ? "" : ", namespace " + method.namespace());
    }
    List<String> parameters = new ArrayList<>();
    for (RpcParameterModel argument : method.arguments()) {
      String name = names.newName(argument.javaName());
      parameters.add(name);
      spec.addParameter(argument.type(), name);
    }
    return new ClientMethod(spec, method, parameters);
  }

  /**
   * Writes the JSON codec of {@code record}. A missing field is null for a boxed component, {@code
   * Optional.empty()} for an optional one, and an error for a primitive one.
   */
  public void writeCodec(RecordModel record, List<? extends Element> origins) {
    ClassName name = record.codecName();
    NameAllocator members = new NameAllocator();
    members.newName("INSTANCE");
    CodecFields codecs = new CodecFields(members);
    NameAllocator locals = new NameAllocator();
    locals.newName("in");
    String field = locals.newName("field");
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
    List<String> variables = new ArrayList<>();
    for (RecordModel.Component component : record.components()) {
      CodeBlock codec = codecs.of(component.codec(), component.type());
      String variable = locals.newName(component.name());
      variables.add(variable);
      write
          .addStatement("out.writeFieldName($S)", component.wireName())
          .addStatement("$L.write(out, value.$N())", codec, component.name());
      read.addStatement("$T $N = null", component.type().box(), variable);
      switchCases.add("case $S -> $N = $L.read(in);\n", component.wireName(), variable, codec);
      arguments.add(arguments.isEmpty() ? "$N" : ",$W$N", variable);
    }
    write.addStatement("out.writeEndObject()");
    read.beginControlFlow("while (in.nextToken() == $T.FIELD_NAME)", JSON_TOKEN)
        .addStatement("$T $N = in.currentName()", String.class, field)
        .addStatement("in.nextToken()")
        .beginControlFlow("switch ($N)", field)
        .addCode(switchCases.build())
        .addCode("default -> in.skipChildren();\n")
        .endControlFlow()
        .endControlFlow();
    for (int i = 0; i < record.components().size(); i++) {
      RecordModel.Component component = record.components().get(i);
      if (component.type().isPrimitive()) {
        read.beginControlFlow("if ($N == null)", variables.get(i))
            .addStatement(
                "throw new $T($S)",
                IllegalArgumentException.class,
                "missing field '" + component.wireName() + "' of " + record.type().simpleName())
            .endControlFlow();
      } else if (component.codec().kind() == CodecModel.Kind.OPTIONAL) {
        read.beginControlFlow("if ($N == null)", variables.get(i))
            .addStatement("$N = $T.empty()", variables.get(i), Optional.class)
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
                    .build());
    codecs.addTo(type);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(write.build())
        .addMethod(read.build());
    files.write(name.packageName(), type, origins);
  }
}
