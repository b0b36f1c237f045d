package io.github.flagstaff.processor.writing;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to. */
final class RuntimeNames {
  private static final String FLAGS = "io.github.flagstaff.runtime.flags";

  static final ClassName FLAG_DATA = ClassName.get(FLAGS, "FlagData");
  static final ClassName FLAG_VALUES = ClassName.get(FLAGS, "FlagValues");
  static final ClassName FLAG_SET_DEFINITION = ClassName.get(FLAGS, "FlagSetDefinition");
  static final ClassName FLAG_INDEX = ClassName.get(FLAGS, "FlagIndex");
  static final ClassName GENERATED_INDEX =
      ClassName.get("io.github.flagstaff.syntax", "GeneratedIndex");

  private static final String SERVICE = "io.github.flagstaff.runtime.service";

  static final ClassName MANAGER = ClassName.get(SERVICE, "Manager");
  static final ClassName MANAGER_FACTORY = ClassName.get(SERVICE, "ManagerFactory");
  static final ClassName SERVICE_CONTEXT = ClassName.get(SERVICE, "ServiceContext");
  static final ClassName PERIODIC_TASK_DEFINITION =
      ClassName.get(SERVICE, "PeriodicTaskDefinition");
  static final ClassName TASK_CONTEXT = ClassName.get(SERVICE, "TaskContext");
  static final ClassName SERVICE_DEFINITION = ClassName.get(SERVICE, "ServiceDefinition");
  static final ClassName SERVICE_INDEX = ClassName.get(SERVICE, "ServiceIndex");
  static final ClassName SERVICE_LAUNCHER = ClassName.get(SERVICE, "ServiceLauncher");

  private static final String RPC = "io.github.flagstaff.runtime.rpc";

  static final ClassName ARGUMENT_LIST = ClassName.get(RPC, "ArgumentList");
  static final ClassName CODECS = ClassName.get(RPC, "Codecs");
  static final ClassName JSON_CODEC = ClassName.get(RPC, "JsonCodec");
  static final ClassName RPC_ARGUMENTS = ClassName.get(RPC, "RpcArguments");
  static final ClassName REQUEST_CONTEXT = ClassName.get(RPC, "RequestContext");
  static final ClassName ENCODED_RESULT = ClassName.get(RPC, "EncodedResult");
  static final ClassName UNKNOWN_METHOD = ClassName.get(RPC, "UnknownMethodException");
  static final ClassName RPC_CLIENT = ClassName.get(RPC, "RpcClient");
  static final ClassName TARGET = ClassName.get(RPC, "Target");
  static final ClassName TOPIC_CLIENT = ClassName.get(RPC, "TopicClient");
  static final ClassName SENDING = ClassName.get(RPC, "Sending");
  static final ClassName JSON_GENERATOR =
      ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");

  private static final String WEB = "io.github.flagstaff.runtime.web";

  static final ClassName WEB_ROUTER = ClassName.get(WEB, "WebRouter");
  static final ClassName WEB_REQUEST = ClassName.get(WEB, "WebRequest");
  static final ClassName WEB_REPLY = ClassName.get(WEB, "WebReply");
  static final ClassName WEB_PARAMS = ClassName.get(WEB, "WebParams");
  static final ClassName WEB_ARGUMENTS = ClassName.get(WEB, "WebArguments");
  static final ClassName WEB_EXCEPTION = ClassName.get(WEB, "WebException");
  static final ClassName WEB_API_FACTORY = ClassName.get(WEB, "WebApiFactory");
  static final ClassName WEB_SERVICE = ClassName.get(WEB, "WebService");

  private RuntimeNames() {}
}
