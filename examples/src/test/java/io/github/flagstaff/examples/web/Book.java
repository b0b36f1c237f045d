package io.github.flagstaff.examples.web;

import java.util.List;

/**
 * A book on the test shelf.
 *
 * @param id its id
 * @param title its title
 * @param genre its genre
 * @param tags its tags
 */
public record Book(long id, String title, Genre genre, List<String> tags) {

  /** A book's genre. */
  public enum Genre {
    NOVEL,
    POETRY
  }
}
