/**
 * The Flagstaff annotation processor: {@link io.github.flagstaff.processor.FlagstaffProcessor} runs
 * validation, builds the model, and hands it to the writers; in the last round, {@code flagfiles}
 * checks the flagfiles a project names against every flag the program can see.
 */
package io.github.flagstaff.processor;
