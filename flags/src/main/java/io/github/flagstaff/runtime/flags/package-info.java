/**
 * Flags: the descriptors the processor generates, the gflags-style parser, the immutable values it
 * produces, and help.
 */
package io.github.flagstaff.runtime.flags;
