package io.github.flagstaff.runtime.web;

import java.util.Objects;

/**
 * A web method's result that is a page rather than JSON: served as {@code text/html;
 * charset=utf-8}.
 *
 * @param text the page
 */
public record Html(String text) {

  /** Checks the text. */
  public Html {
    Objects.requireNonNull(text, "text");
  }
}
