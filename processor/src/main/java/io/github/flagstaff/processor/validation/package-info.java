/**
 * Validation: checks {@code @Flag} declarations against the rules, reports each violation on the
 * offending element and annotation value, and turns what is valid into the model.
 */
package io.github.flagstaff.processor.validation;
