package io.github.flagstaff.processor.validation;

import io.github.flagstaff.processor.model.WebRouteModel.Segment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Parses a route's path template: {@code /v2/servers/{id}}. */
final class PathTemplates {

  private PathTemplates() {}

  /** Why {@code template} is not a path template, or null when it is one. */
  static String problem(String template) {
    if (!template.startsWith("/")) {
      return "it must start with /";
    }
    if (template.equals("/")) {
      return null;
    }
    if (template.endsWith("/")) {
      return "it must not end with /";
    }
    Set<String> variables = new HashSet<>();
    for (String segment : template.substring(1).split("/", -1)) {
      if (segment.isEmpty()) {
        return "it has an empty segment";
      }
      if (segment.startsWith("{") && segment.endsWith("}")) {
        String name = segment.substring(1, segment.length() - 1);
        if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
          return "variable {" + name + "} is not a Java parameter name";
        }
        if (!variables.add(name)) {
          return "variable {" + name + "} appears twice";
        }
        continue;
      }
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        if (!(Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
          return "segment '"
              + segment
              + "' has '"
              + c
              + "'; a variable is a whole segment {name}, a literal has letters, digits and"
              + " -._~!$&'()*+,;=:@";
        }
      }
    }
    return null;
  }

  /** The segments of a valid {@code template}. */
  static List<Segment> segments(String template) {
    List<Segment> out = new ArrayList<>();
    if (template.equals("/")) {
      return out;
    }
    for (String segment : template.substring(1).split("/")) {
      out.add(
          segment.startsWith("{")
              ? new Segment(null, segment.substring(1, segment.length() - 1))
              : new Segment(segment, null));
    }
    return out;
  }

  /** The template with each variable written {@code {}}, so routes that clash compare equal. */
  static String shape(List<Segment> segments) {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      out.append('/').append(segment.isVariable() ? "{}" : segment.literal());
    }
    return out.length() == 0 ? "/" : out.toString();
  }
}
