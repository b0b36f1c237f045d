package io.github.flagstaff.examples.web;

import io.github.flagstaff.Flag;

/** The flags of {@link ShelfApi}. */
public interface ShelfFlags {

  @Flag(help = "The shelf's title on its home page.", defaultValue = "My shelf")
  String shelfTitle();
}
