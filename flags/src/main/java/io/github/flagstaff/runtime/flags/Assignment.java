package io.github.flagstaff.runtime.flags;

/**
 * One occurrence of a flag before its text is parsed.
 *
 * @param text the value as written
 * @param source where it was written
 */
record Assignment(String text, Source source) {}
