/**
 * The model: small immutable descriptions of validated flag sets, free of javac elements, which the
 * writers only render.
 */
package io.github.flagstaff.processor.model;
