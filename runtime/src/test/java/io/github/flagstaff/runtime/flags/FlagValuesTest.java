package io.github.flagstaff.runtime.flags;

import static io.github.flagstaff.runtime.flags.Parsing.PARSER;
import static io.github.flagstaff.runtime.flags.Parsing.flags;
import static io.github.flagstaff.runtime.flags.Parsing.parse;
import static io.github.flagstaff.runtime.flags.Parsing.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Interpolation, required flags, and what the parsed values offer. */
class FlagValuesTest {

  @Test
  void stringsInterpolateOtherFlags() {
    assertEquals(Path.of("/var/lib/test/data"), flags().dataDir());
    assertEquals(Path.of("/srv/data"), flags("--base=/srv").dataDir());
    assertEquals("/srv!", flags("--base=/srv", "--name=${base}!").name());
    assertEquals("8080/x", flags("--name=$port/x").name());
  }

  @Test
  void doubleDollarIsALiteralDollar() {
    assertEquals("cost $5", flags("--name=cost $$5").name());
  }

  @Test
  void referenceToAnUnknownFlagIsAnError() {
    assertEquals(
        List.of(
            "invalid value '$bsae/x' for flag --name: $bsae refers to no flag; did you mean"
                + " --base?"),
        problems("--name=$bsae/x"));
  }

  @Test
  void loneDollarIsAnError() {
    assertEquals(
        List.of(
            "invalid value 'cost $5' for flag --name: '$' must be followed by a flag name (write $$"
                + " for a literal $)"),
        problems("--name=cost $5"));
  }

  @Test
  void referenceCycleIsAnError() {
    assertEquals(
        List.of("invalid value '$name' for flag --base: reference cycle $name -> $base -> $name"),
        problems("--name=$base", "--base=$name"));
  }

  @Test
  void requiredFlagMustBeGiven() throws FlagException {
    FlagParser parser = FlagParser.of(FlagRegistry.of(RequiredFlags.class));
    FlagException e = assertThrows(FlagException.class, () -> parser.parse());
    assertEquals(List.of("flag --token is required but was not given"), e.problems());
    assertEquals("t", parser.parse("--token=t").values().get(RequiredFlags.class).token());
  }

  @Test
  void helpIsShownEvenWhenARequiredFlagIsMissing() throws FlagException {
    FlagParser parser = FlagParser.of(FlagRegistry.of(RequiredFlags.class));
    assertEquals(HelpRequest.Kind.HELP, parser.parse("--help").request().orElseThrow().kind());
  }

  @Test
  void helpWithAMissingRequiredPrimitiveDoesNotNeedItsValue() throws FlagException {
    FlagParser parser = FlagParser.of(FlagRegistry.of(RequiredNumberFlags.class));
    ParseResult result = parser.parse("--helpshort");
    assertEquals(HelpRequest.Kind.HELPSHORT, result.request().orElseThrow().kind());
    assertEquals(null, result.values().get("replicas", "fallback"));
  }

  @Test
  void onlyCheckArgsChecksRequiredFlags() {
    FlagParser parser = FlagParser.of(FlagRegistry.of(RequiredNumberFlags.class));
    assertEquals(
        List.of("flag --replicas is required but was not given"),
        assertThrows(FlagException.class, () -> parser.parse("--only_check_args")).problems());
  }

  @Test
  void iteratesOverEveryFlagNameInOrder() {
    List<String> names = new ArrayList<>();
    parse().values().forEach(names::add);
    assertEquals(
        List.of(
            "name",
            "port",
            "big",
            "ratio",
            "debug",
            "mode",
            "timeout",
            "base",
            "data_dir",
            "nick",
            "limit",
            "ports",
            "tag",
            "password",
            "color",
            "new_name"),
        names);
  }

  @Test
  void getByNameFallsBackForUnknownFlags() {
    FlagValues values = parse("--port=5").values();
    assertEquals(5, values.get("port", null));
    assertEquals("none", values.get("no_such_flag", "none"));
  }

  @Test
  void eachValueKnowsWhereItCameFrom() {
    FlagValues values = parse("--port=5").values();
    FlagValue<?> port = values.flag("port").orElseThrow();
    assertTrue(port.isSet());
    assertEquals(Source.COMMAND_LINE, port.source());
    FlagValue<?> name = values.flag("name").orElseThrow();
    assertFalse(name.isSet());
    assertEquals(Source.DEFAULT, name.source());
    assertEquals("anon", name.descriptor().defaultText());
  }

  @Test
  void dumpMasksSecrets() {
    List<String> dump = parse("--password=s3cret", "--name=bob").values().dump();
    assertTrue(dump.contains("password : ****"), dump.toString());
    assertTrue(dump.contains("name : bob"), dump.toString());
    assertFalse(dump.toString().contains("s3cret"));
  }

  @Test
  void secretValuesAreMaskedInErrors() {
    FlagParser parser = PARSER.withEnvironment(Map.of());
    List<String> problems =
        assertThrows(FlagException.class, () -> parser.parse("--password=$oops")).problems();
    assertEquals(
        List.of(
            "invalid value '****' for flag --password: a '$' in it does not start a reference to"
                + " another flag (write $$ for a literal $)"),
        problems);
  }

  @Test
  void toFlagfileWritesEveryFlagWithAValue() {
    String file =
        parse("--name=a $$ sign", "--nodebug", "--tag=x,y", "--tag=z", "--ports=", "--limit=3")
            .values()
            .toFlagfile();
    assertEquals(
        String.join(
            "\n",
            "--name=a $$ sign",
            "--port=8080",
            "--big=0",
            "--ratio=0.5",
            "--nodebug",
            "--mode=FLAT",
            "--timeout=1m30s",
            "--base=/var/lib/test",
            "--data_dir=/var/lib/test/data",
            "--limit=3",
            "--ports=",
            "--tag=x,y",
            "--tag=z",
            "--password=hunter2",
            "--color=red",
            "--new_name=x",
            ""),
        file);
  }

  @Test
  void toFlagfileRefusesAValueNoLineCanHold() {
    FlagValues values = parse("--name=two\nlines").values();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, values::toFlagfile);
    assertEquals(
        "flag --name cannot be written: a line break or surrounding spaces", e.getMessage());
  }

  @Test
  void typedViewPrintsItselfWithSecretsMasked() {
    String text = flags("--password=s3cret").toString();
    assertTrue(text.startsWith("TestFlags{name=anon, port=8080"), text);
    assertTrue(text.contains("password=****"), text);
    assertFalse(text.contains("s3cret"), text);
  }

  @Test
  void unknownFlagSetIsAClearError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> parse().values().get(RequiredFlags.class));
    assertEquals(
        "no flag set io.github.flagstaff.runtime.flags.RequiredFlags is known; is its module on the"
            + " class path?",
        e.getMessage());
  }

  @Test
  void registryRejectsAFlagDeclaredTwice() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> FlagRegistry.of(TestFlags.class, TestFlags.class));
    assertEquals(
        "flag --name is declared by both io.github.flagstaff.runtime.flags.TestFlags and"
            + " io.github.flagstaff.runtime.flags.TestFlags",
        e.getMessage());
  }

  @Test
  void registryLoadFindsEveryModulesFlagSetsThroughServiceLoader() {
    FlagRegistry registry = FlagRegistry.load();
    List<String> names = registry.flagSets().stream().map(FlagSetDefinition::name).toList();
    assertTrue(names.contains("io.github.flagstaff.runtime.CommonFlags"), names.toString());
    assertTrue(names.contains("io.github.flagstaff.runtime.flags.TestFlags"), names.toString());
  }
}
