package io.github.flagstaff.benchmarks.web;

import io.github.flagstaff.web.Get;
import io.github.flagstaff.web.WebApi;

/** The trivial web API the web benchmark serves through its generated router. */
@WebApi(name = "bench_ping", port = 0, binary = "bench-web")
public class PingApi {

  public PingApi() {}

  /** {@code {"id": 7, "status": "ok"}}. */
  @Get("/v2/ping/{id}")
  public Pong ping(int id) {
    return new Pong(id, "ok");
  }

  /**
   * The answer.
   *
   * @param id the id asked for
   * @param status always ok
   */
  public record Pong(int id, String status) {}
}
