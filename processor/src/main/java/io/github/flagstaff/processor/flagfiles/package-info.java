/**
 * Flagfile checking: the flagfiles a project ships, named by {@code -Aflagstaff.flagfiles}, are
 * parsed at build time by the runtime's own parser against every flag the program can see, and each
 * problem fails the build.
 */
package io.github.flagstaff.processor.flagfiles;
