/** Writing: renders the model as Java sources and service files; no decisions are made here. */
package io.github.flagstaff.processor.writing;
