package io.github.flagstaff.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * One parameter of the constructor a generated factory calls.
 *
 * @param kind what it receives
 * @param type its declared type
 */
public record InjectedParameter(InjectedKind kind, TypeName type) {}
