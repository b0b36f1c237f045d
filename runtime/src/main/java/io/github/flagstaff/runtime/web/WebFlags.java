package io.github.flagstaff.runtime.web;

import io.github.flagstaff.Flag;
import java.time.Duration;
import java.util.List;

/**
 * The limits of every web service, after oslo.middleware and oslo.service's wsgi options. They
 * protect the process: a request past them is answered with an error without holding a worker.
 */
public interface WebFlags {

  @Flag(
      help =
          "The web APIs to serve, each on its own port (Nova's enabled_apis); empty: every API of"
              + " the binary. A name the binary does not serve stops it at start.",
      defaultValue = "")
  List<String> enabledApis();

  @Flag(
      help = "Largest request body, in bytes; a larger one is answered 413 without being read.",
      defaultValue = "114688",
      min = "1")
  int maxRequestBodySize();

  @Flag(
      help =
          "Largest request head (request line and headers), in bytes; a larger one closes the"
              + " connection. For the whole process: the first web service started sets it.",
      defaultValue = "16384",
      min = "256")
  int maxRequestHeaderSize();

  @Flag(
      help =
          "Longest time a client may take to send its request; a slower one is disconnected, so"
              + " a slow client cannot hold a worker. For the whole process, as above.",
      defaultValue = "30s",
      min = "1s")
  Duration requestReadTimeout();

  @Flag(
      help = "Requests that may wait for a worker; past that, requests are answered 503.",
      defaultValue = "128",
      min = "0")
  int maxPendingRequests();
}
