/**
 * The flag vocabulary that the processor (at compile time) and the runtime (at start-up) must agree
 * on: flag names, built-in flags, and the text forms of values. Not meant for user code.
 */
package io.github.flagstaff.syntax;
