package io.github.flagstaff.examples;

import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * The positive control of {@link StartPathTest}: loads each thing a normal start must not, so the
 * test shows that it would see them.
 */
public final class StartPathControl {

  private StartPathControl() {}

  public static void main(String[] args) {
    System.getLogger("control").log(System.Logger.Level.DEBUG, "not shown");
    System.out.println(Pattern.compile("a+b").matcher("aab").matches());
    System.out.println(ZoneId.of("Europe/Paris").getRules().isFixedOffset());
    System.out.println(picocli.CommandLine.Model.CommandSpec.create().name());
    Runnable lambda = () -> System.out.println("a lambda");
    lambda.run();
  }
}
