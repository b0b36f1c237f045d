package io.github.flagstaff.runtime.flags;

import java.util.Collection;

/** "Did you mean" for a mistyped flag name, by edit distance with transpositions. */
final class Suggestions {

  private Suggestions() {}

  /** {@code "; did you mean --name?"}, or the empty string when nothing is close. */
  static String didYouMean(String typed, Collection<String> candidates) {
    int limit = limit(typed);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (Math.abs(typed.length() - candidate.length()) > limit) {
        continue;
      }
      int distance = distance(typed, candidate);
      if (distance <= limit && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best == null ? "" : "; did you mean --" + best + "?";
  }

  /** Whether {@code typed} is close enough to {@code candidate} for a "did you mean". */
  static boolean isClose(String typed, String candidate) {
    int limit = limit(typed);
    return Math.abs(typed.length() - candidate.length()) <= limit
        && distance(typed, candidate) <= limit;
  }

  /** The greatest distance suggested: a third of the length, from 1 to 3. */
  private static int limit(String typed) {
    return Math.max(1, Math.min(3, typed.length() / 3));
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
