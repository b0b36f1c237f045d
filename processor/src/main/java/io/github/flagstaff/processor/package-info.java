/**
 * The Flagstaff annotation processor: {@link io.github.flagstaff.processor.FlagstaffProcessor} runs
 * validation, builds the model, and hands it to the writers.
 */
package io.github.flagstaff.processor;
