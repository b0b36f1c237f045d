package mymodule.api;

import io.github.flagstaff.runtime.service.ServiceRecord;
import io.github.flagstaff.runtime.web.Html;
import java.time.Duration;
import java.util.List;

/**
 * The status page: every service with its binary, host, state and seconds since its last report, in
 * plain HTML; a few lines of script fetch the page again every few seconds and swap the table.
 */
final class StatusPage {

  private StatusPage() {}

  static Html render(List<ServiceRecord> records, Duration downTime, int refreshSeconds) {
    StringBuilder page =
        new StringBuilder(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Flagstaff services</title>
            <style>
            body { font-family: sans-serif; margin: 2em; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.8em; text-align: left; }
            td.up { color: #080; } td.down { color: #b00; font-weight: bold; }
            </style>
            </head>
            <body>
            <h1>Services</h1>
            <table id="services">
            <thead><tr><th>Binary</th><th>Host</th><th>State</th><th>Seconds since last report</th></tr></thead>
            <tbody>
            """);
    for (ServiceRecord record : records) {
      String state = record.isUp(downTime) ? "up" : "down";
      page.append("<tr><td class=\"binary\">")
          .append(escape(record.binary()))
          .append("</td><td class=\"host\">")
          .append(escape(record.host()))
          .append("</td><td class=\"state ")
          .append(state)
          .append("\">")
          .append(state)
          .append("</td><td class=\"seen\">")
          .append(record.sinceLastSeen().toSeconds())
          .append("</td></tr>\n");
    }
    page.append("</tbody>\n</table>\n<p>Refreshes every ")
        .append(refreshSeconds)
        .append(" s.</p>\n")
        .append(
            """
            <script>
            setInterval(function () {
              fetch(location.href).then(function (r) { return r.text(); }).then(function (text) {
                var fresh = new DOMParser().parseFromString(text, "text/html");
                document.getElementById("services").replaceWith(fresh.getElementById("services"));
              });
            }, %d);
            </script>
            </body>
            </html>
            """
                .formatted(refreshSeconds * 1000));
    return new Html(page.toString());
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
