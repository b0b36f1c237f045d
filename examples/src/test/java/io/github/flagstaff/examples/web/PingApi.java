package io.github.flagstaff.examples.web;

import io.github.flagstaff.web.Get;
import io.github.flagstaff.web.WebApi;

/** A second API of the same binary, on its own port. */
@WebApi(name = "ping", port = 8781, binary = "test-shelf")
public class PingApi {

  public PingApi() {}

  @Get("/ping")
  public String ping() {
    return "pong";
  }
}
