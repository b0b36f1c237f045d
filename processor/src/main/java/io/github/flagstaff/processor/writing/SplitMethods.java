package io.github.flagstaff.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Keeps generated methods small at any size, as Dagger caps the statements per method: a long
 * {@code switch} or list becomes a short method over helper methods of at most {@value #CASES}
 * entries (and {@value #WEIGHT} units of work) each.
 */
final class SplitMethods {
  /** At most this many cases or list elements per method. */
  static final int CASES = 100;

  private SplitMethods() {}

  /** At most this much weight (expressions within cases, such as casts) per method. */
  static final int WEIGHT = 1000;

  /**
   * One case: the int {@code key} gives the expression {@code value}, made of {@code weight}
   * smaller expressions.
   */
  record Case(int key, CodeBlock value, int weight) {
    Case(int key, CodeBlock value) {
      this(key, value, 1);
    }
  }

  /**
   * Completes {@code method}, whose first parameter is an int, as {@code return switch (key) {...}}
   * over {@code cases} (sorted by key), with {@code otherwise} (a {@code throw}) as the default;
   * beyond {@value #CASES} cases or {@value #WEIGHT} weight, through private helpers named after
   * the method.
   *
   * @return the method, then its helpers
   */
  static List<MethodSpec> switchOver(
      MethodSpec.Builder method, List<Case> cases, CodeBlock otherwise) {
    MethodSpec template = method.build();
    String key = template.parameters().get(0).name();
    if (cases.isEmpty()) {
      return List.of(method.addStatement(otherwise).build());
    }
    List<List<Case>> parts = parts(cases);
    if (parts.size() == 1) {
      return List.of(method.addCode(switchBlock(key, cases, otherwise)).build());
    }
    List<MethodSpec> helpers = new ArrayList<>();
    CodeBlock.Builder top = CodeBlock.builder();
    for (List<Case> part : parts) {
      MethodSpec helper = helper(template, template.name() + helpers.size(), part, otherwise);
      helpers.add(helper);
      top.beginControlFlow("if ($N <= $L)", key, part.get(part.size() - 1).key())
          .addStatement("return $N($L)", helper, arguments(template))
          .endControlFlow();
    }
    List<MethodSpec> out = new ArrayList<>();
    out.add(method.addCode(top.build()).addStatement(otherwise).build());
    out.addAll(helpers);
    return out;
  }

  /**
   * Statements returning {@code List.of(new E[] {elements})}, or for more than {@value #CASES}
   * elements, a list joined from private helpers added to {@code helpers}, each returning part of
   * it. The element type must be one an array can be made of (a class, or a generic class of {@code
   * ?}, as the indexes' are). The array gives javac the element type: {@code List.of(a, b, ...)}
   * over many generic expressions makes it infer the type from every pair of them, which took most
   * of the time javac spent on a 100-set index.
   */
  static CodeBlock returnListOf(
      String name,
      ParameterizedTypeName listType,
      List<CodeBlock> elements,
      List<MethodSpec> helpers) {
    if (elements.size() <= CASES) {
      return CodeBlock.builder().addStatement("return $L", listOf(listType, elements)).build();
    }
    CodeBlock.Builder out =
        CodeBlock.builder().addStatement("$T all = new $T<>()", listType, ArrayList.class);
    for (int start = 0; start < elements.size(); start += CASES) {
      List<CodeBlock> part = elements.subList(start, Math.min(elements.size(), start + CASES));
      MethodSpec helper =
          MethodSpec.methodBuilder(name + helpers.size())
              .addModifiers(Modifier.PRIVATE)
              .returns(listType)
              .addStatement("return $L", listOf(listType, part))
              .build();
      helpers.add(helper);
      out.addStatement("all.addAll($N())", helper);
    }
    return out.addStatement("return all").build();
  }

  private static CodeBlock listOf(ParameterizedTypeName listType, List<CodeBlock> elements) {
    return CodeBlock.of(
        "$T.of(new $T[] {$L})", List.class, listType.typeArguments().get(0), lines(elements));
  }

  /** {@code cases} in runs of at most {@value #CASES} cases and {@value #WEIGHT} weight. */
  private static List<List<Case>> parts(List<Case> cases) {
    List<List<Case>> parts = new ArrayList<>();
    int start = 0;
    int weight = 0;
    for (int i = 0; i < cases.size(); i++) {
      int next = cases.get(i).weight();
      if (i > start && (i - start == CASES || weight + next > WEIGHT)) {
        parts.add(cases.subList(start, i));
        start = i;
        weight = 0;
      }
      weight += next;
    }
    parts.add(cases.subList(start, cases.size()));
    return parts;
  }

  private static MethodSpec helper(
      MethodSpec template, String name, List<Case> cases, CodeBlock otherwise) {
    MethodSpec.Builder helper =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE)
            .returns(template.returnType())
            .addParameters(template.parameters())
            .addAnnotations(
                template.annotations().stream()
                    .filter(a -> !a.type().equals(TypeName.get(Override.class)))
                    .toList());
    if (template.modifiers().contains(Modifier.STATIC)) {
      helper.addModifiers(Modifier.STATIC);
    }
    return helper
        .addCode(switchBlock(template.parameters().get(0).name(), cases, otherwise))
        .build();
  }

  private static CodeBlock switchBlock(String key, List<Case> cases, CodeBlock otherwise) {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch ($N) {\n$>", key);
    for (Case c : cases) {
      body.add("case $L -> $L;\n", c.key(), c.value());
    }
    return body.add("default -> $L;\n$<};\n", otherwise).build();
  }

  private static CodeBlock arguments(MethodSpec method) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (ParameterSpec parameter : method.parameters()) {
      out.add(out.isEmpty() ? "$N" : ", $N", parameter);
    }
    return out.build();
  }

  /** {@code elements}, one per line. */
  private static CodeBlock lines(List<CodeBlock> elements) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (int i = 0; i < elements.size(); i++) {
      out.add(i == 0 ? "\n$L" : ",\n$L", elements.get(i));
    }
    return out.build();
  }

  /** {@code elements} separated by commas, wrapped where lines get long. */
  static CodeBlock join(List<CodeBlock> elements) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (CodeBlock element : elements) {
      out.add(out.isEmpty() ? "$L" : ",$W$L", element);
    }
    return out.build();
  }
}
