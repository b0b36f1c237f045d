package test.web;

import io.github.flagstaff.Flag;

public interface LibraryFlags {
  @Flag(help = "The library's name.", defaultValue = "Library")
  String libraryName();
}
