package io.github.flagstaff.runtime.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A parse decodes and resolves only the flag sets it meets; the others' values are their defaults,
 * made when first read. A set that cannot be decoded (its data names no known type) shows which
 * sets a parse decoded: decoding it fails.
 */
class DeferredFlagSetsTest {
  private static final FlagSetDefinition<Object> GIVEN =
      FlagData.dataOnly(
          List.of(),
          "test.Given\n"
              + "name\tstring\tA name.\tdefault=n\n"
              + "count\tint\tHow many.\tdefault=1\talias=old_count");

  private static final FlagSetDefinition<Object> OTHER =
      FlagData.dataOnly(
          List.of(),
          "test.Other\n"
              + "port\tint\tPort; not\\talias=spoof.\tdefault=8080\tmin=1\n"
              + "host\tstring\tHost.\tdefault=h\talias=old_host");

  /** Decoding fails: a parse that decodes it cannot succeed. */
  private static FlagSetDefinition<Object> undecodable(String name, String attributes) {
    return FlagData.dataOnly(
        List.of(), name + "\nodd\tno-such-type\tCannot be decoded.\tdefault=x" + attributes);
  }

  private static ParseResult parse(List<FlagSetDefinition<?>> sets, String... args)
      throws FlagException {
    return FlagParser.of(FlagRegistry.of(sets)).withEnvironment(Map.of()).parse(args);
  }

  @Test
  void aParseDecodesNoSetWhoseFlagsItDoesNotName() throws FlagException {
    FlagValues values =
        parse(List.of(GIVEN, undecodable("test.Unused", "")), "--name=x", "--old_count=3")
            .values();
    assertEquals("x", values.get("name", null));
    assertEquals(3, values.get("count", null));
    assertThrows(IllegalArgumentException.class, () -> values.get("odd", null));
  }

  @Test
  void aSetIsDecodedWhenAnArgumentNamesOneOfItsFlagsOrAliases() {
    List<FlagSetDefinition<?>> sets = List.of(GIVEN, undecodable("test.Unused", "\talias=older"));
    assertThrows(IllegalArgumentException.class, () -> parse(sets, "--odd=y"));
    assertThrows(IllegalArgumentException.class, () -> parse(sets, "--older=y"));
  }

  @Test
  void aSetWithARequiredFlagOrADefaultReferringToAFlagIsResolvedAtEveryParse() {
    assertThrows(
        IllegalArgumentException.class,
        () -> parse(List.of(GIVEN, undecodable("test.Required", "\trequired")), "--name=x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> parse(List.of(GIVEN, undecodable("test.Refers", "$name")), "--name=x"));
  }

  @Test
  void deferredValuesAreTheDefaultsAndReferringDefaultsSeeTheGivenValues() throws FlagException {
    FlagSetDefinition<Object> refers =
        FlagData.dataOnly(List.of(), "test.Refers\npath\tstring\tA path.\tdefault=/srv/$name");
    FlagValues values = parse(List.of(GIVEN, OTHER, refers), "--name=x").values();
    assertEquals(8080, values.get("port", null));
    assertEquals("/srv/x", values.get("path", null));
    assertFalse(values.flag("host").orElseThrow().isSet());
  }

  @Test
  void everyValueIsListedInRegistryOrderAsWhenEverySetWasResolved() throws FlagException {
    List<FlagSetDefinition<?>> sets = List.of(OTHER, GIVEN);
    FlagValues deferring = parse(sets, "--count=2").values();
    List<String> names = new ArrayList<>();
    for (String name : deferring) {
      names.add(name);
    }
    assertEquals(List.of("name", "count", "port", "host"), names);
    assertEquals(List.of("name : n", "count : 2", "port : 8080", "host : h"), deferring.dump());
    FlagValues resolvingAll = parse(sets, "--count=2", "--port=8080", "--host=h").values();
    assertEquals(resolvingAll.toFlagfile(), deferring.toFlagfile());
  }

  @Test
  void anEscapedTabInHelpIsNotAnAttribute() {
    FlagParser parser = FlagParser.of(FlagRegistry.of(List.of(OTHER))).withEnvironment(Map.of());
    FlagException e = assertThrows(FlagException.class, () -> parser.parse("--spoof=1"));
    assertTrue(e.problems().get(0).startsWith("unknown flag --spoof"), e.problems().toString());
  }

  @Test
  void aFlagDeclaredTwiceIsFoundWithoutDecodingEitherSet() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                FlagRegistry.of(
                    List.of(undecodable("test.A", ""), undecodable("test.B", "\talias=other"))));
    assertEquals("flag --odd is declared by both test.A and test.B", e.getMessage());
    e =
        assertThrows(
            IllegalStateException.class,
            () -> FlagRegistry.of(List.of(OTHER, undecodable("test.C", "\talias=old_host"))));
    assertEquals("flag --old_host is declared by both test.C and test.Other", e.getMessage());
  }

  @Test
  void aReloadAppliesChangesToFlagsOfADeferredSet() throws FlagException {
    FlagSetDefinition<Object> mutable =
        FlagData.dataOnly(List.of(), "test.Mutable\nlevel\tint\tA level.\tdefault=1\tmutable");
    List<FlagSetDefinition<?>> sets = List.of(GIVEN, mutable);
    FlagValues.Reload reload =
        parse(sets, "--name=x").values().reload(parse(sets, "--name=x", "--level=2").values());
    assertEquals(List.of("level"), reload.applied());
    assertEquals(2, reload.values().get("level", null));
  }

  @Test
  void ofTheRuntimesFlagSetsOnlyTheStoresIsResolvedByAParseThatDoesNotNameItsFlags() {
    FlagRegistry registry = FlagRegistry.load();
    Map<String, Boolean> expected =
        Map.of(
            "io.github.flagstaff.runtime.CommonFlags", false,
            "io.github.flagstaff.runtime.rpc.RpcFlags", false,
            "io.github.flagstaff.runtime.service.ServiceFlags", false,
            // --sql_connection defaults to a path under $state_path
            "io.github.flagstaff.runtime.service.StoreFlags", true,
            "io.github.flagstaff.runtime.web.WebFlags", false);
    Map<String, Boolean> seen = new HashMap<>();
    for (FlagSetDefinition<?> set : registry.flagSets()) {
      if (expected.containsKey(set.name())) {
        seen.put(set.name(), registry.resolveAtParse(set));
      }
    }
    assertEquals(expected, seen);
  }
}
