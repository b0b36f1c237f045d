package io.github.flagstaff.processor.writing;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to. */
final class RuntimeNames {
  private static final String FLAGS = "io.github.flagstaff.runtime.flags";

  static final ClassName FLAG_DESCRIPTOR = ClassName.get(FLAGS, "FlagDescriptor");
  static final ClassName FLAG_TYPES = ClassName.get(FLAGS, "FlagTypes");
  static final ClassName FLAG_VALUES = ClassName.get(FLAGS, "FlagValues");
  static final ClassName FLAG_SET_DEFINITION = ClassName.get(FLAGS, "FlagSetDefinition");
  static final ClassName FLAG_INDEX = ClassName.get(FLAGS, "FlagIndex");
  static final ClassName FLAG_INDEX_ENTRIES =
      ClassName.get("io.github.flagstaff.syntax", "FlagIndexEntries");

  private RuntimeNames() {}
}
