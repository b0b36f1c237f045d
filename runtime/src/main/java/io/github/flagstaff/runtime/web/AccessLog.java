package io.github.flagstaff.runtime.web;

import com.sun.net.httpserver.HttpExchange;
import io.github.flagstaff.runtime.UntrustedText;
import io.github.flagstaff.runtime.rpc.RequestContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * One line per request, as Nova's wsgi wrote it: {@code 127.0.0.1 "GET /v2/servers HTTP/1.1"
 * status: 200 len: 123 time: 0.0040000 [req-...]}.
 */
final class AccessLog {
  private static final Logger LOG = System.getLogger(AccessLog.class.getName());

  private AccessLog() {}

  static void log(
      HttpExchange exchange, int status, int length, long nanos, RequestContext context) {
    if (!LOG.isLoggable(Level.INFO)) {
      return;
    }
    String client = exchange.getRemoteAddress().getAddress().getHostAddress();
    String line =
        client
            + " \""
            + UntrustedText.escape(
                exchange.getRequestMethod() + " " + exchange.getRequestURI().toString())
            + " "
            + exchange.getProtocol()
            + "\" status: "
            + status
            + " len: "
            + length
            + " time: "
            + seconds(nanos)
            + " ["
            + context.requestId()
            + "]";
    LOG.log(Level.INFO, line);
  }

  /** Seconds with seven decimals, as Nova's {@code %.7f}. */
  private static String seconds(long nanos) {
    long tenthMicros = nanos / 100;
    String fraction = Long.toString(tenthMicros % 10_000_000);
    return tenthMicros / 10_000_000 + "." + "0000000".substring(fraction.length()) + fraction;
  }
}
