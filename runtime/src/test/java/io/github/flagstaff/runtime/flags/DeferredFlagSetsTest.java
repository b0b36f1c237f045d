package io.github.flagstaff.runtime.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.index.FlagIndex_io_github_flagstaff_runtime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A parse decodes and resolves only the flag sets it meets; the others' values are their defaults,
 * made when first read. A set that cannot be decoded (its data has an unknown attribute) shows that
 * a parse left it alone: decoding it fails.
 */
class DeferredFlagSetsTest {
  private static final String GIVEN =
      "test.Given\n"
          + "name\tstring\tA name.\tdefault=n\n"
          + "count\tint\tHow many.\tdefault=1\talias=old_count";

  private static final String OTHER =
      "test.Other\n"
          + "port\tint\tPort; not\\talias=spoof\tdefault=8080\tmin=1\n"
          + "host\tstring\tHost.\tdefault=h\talias=old_host";

  private static FlagSetDefinition<Object> set(String data) {
    return FlagData.dataOnly(List.of(), data);
  }

  /**
   * A set whose one flag, a string {@code --odd}, cannot be decoded (it has an attribute no version
   * writes): a parse that decodes it fails.
   */
  private static FlagSetDefinition<Object> undecodable(String name, String attributes) {
    return set(
        name + "\nodd\tstring\tCannot be decoded.\tno-such-attribute\tdefault=x" + attributes);
  }

  private static ParseResult parse(List<FlagSetDefinition<?>> sets, String... args)
      throws FlagException {
    return FlagParser.of(FlagRegistry.of(sets)).withEnvironment(Map.of()).parse(args);
  }

  @Test
  void aParseDecodesNoSetWhoseFlagsItDoesNotName() throws FlagException {
    FlagSetDefinition<Object> given = set(GIVEN);
    FlagSetDefinition<Object> other = set(OTHER);
    FlagValues values =
        parse(List.of(given, other, undecodable("test.Unused", "")), "--name=x").values();
    assertTrue(FlagData.decoded(given));
    assertFalse(FlagData.decoded(other));
    assertEquals("x", values.get("name", null));
    assertEquals(8080, values.get("port", null));
    assertTrue(FlagData.decoded(other));
    assertThrows(IllegalArgumentException.class, () -> values.get("odd", null));
  }

  @Test
  void aSetIsDecodedWhenAnArgumentNamesOneOfItsFlagsOrAliases() throws FlagException {
    ParseResult byName = parse(List.of(set(GIVEN), set(OTHER)), "--port=1");
    assertEquals(1, byName.values().get("port", null));
    ParseResult byAlias = parse(List.of(set(GIVEN), set(OTHER)), "--old_host=a");
    assertEquals("a", byAlias.values().get("host", null));
    assertEquals(List.of("flag --old_host is deprecated; use --host"), byAlias.warnings());
  }

  @Test
  void aSetWithARequiredFlagOrAnEnumDefaultIsResolvedAtEveryParse() {
    assertThrows(
        IllegalArgumentException.class,
        () -> parse(List.of(set(GIVEN), undecodable("test.Required", "\trequired")), "--name=x"));
    FlagSetDefinition<Object> enumDefault =
        FlagData.dataOnly(
            List.of(List.of("slow")), "test.Mode\nmode\tenum:0\tA mode.\tdefault=FAST");
    assertEquals(
        List.of("invalid default value 'FAST' for flag --mode: expected one of slow"),
        assertThrows(FlagException.class, () -> parse(List.of(set(GIVEN), enumDefault)))
            .problems());
  }

  @Test
  void aDefaultReferringToAFlagAnArgumentNamedIsResolvedAtParse() throws FlagException {
    List<FlagSetDefinition<?>> sets =
        List.of(set(GIVEN), undecodable("test.Refers", "/$name"), set(OTHER));
    assertThrows(IllegalArgumentException.class, () -> parse(sets, "--name=x"));
    assertEquals(8080, parse(sets, "--port=8080").values().get("port", null));
  }

  @Test
  void aDefaultReferringToAnUnknownFlagOrToAnotherReferringDefaultIsResolvedAtParse() {
    assertThrows(
        IllegalArgumentException.class,
        () -> parse(List.of(set(GIVEN), undecodable("test.Refers", "$nosuch")), "--name=x"));
    FlagSetDefinition<Object> chain = set("test.Chain\nbase\tstring\tA base.\tdefault=/$name");
    assertThrows(
        IllegalArgumentException.class,
        () -> parse(List.of(set(GIVEN), chain, undecodable("test.Refers", "$base")), "--count=2"));
  }

  @Test
  void deferredDefaultsReferringToDeferredFlagsAreExpandedWhenFirstRead() throws FlagException {
    FlagSetDefinition<Object> refers =
        set("test.Refers\npath\tstring\tA path.\tdefault=/srv/$host");
    FlagSetDefinition<Object> other = set(OTHER);
    FlagValues values = parse(List.of(set(GIVEN), other, refers), "--name=x").values();
    assertFalse(FlagData.decoded(refers));
    assertFalse(FlagData.decoded(other));
    assertEquals("/srv/h", values.get("path", null));
    assertFalse(values.flag("path").orElseThrow().isSet());
    assertEquals(
        "/srv/a",
        parse(List.of(set(GIVEN), set(OTHER), refers), "--host=a").values().get("path", null));
  }

  @Test
  void escapesBracesAndDollarsInADeferredDefaultExpandAsAtParse() throws FlagException {
    FlagSetDefinition<Object> refers =
        set("test.Refers\npath\tstring\tA path.\tdefault=C:\\\\${host}$$");
    List<FlagSetDefinition<?>> sets = List.of(set(GIVEN), set(OTHER), refers);
    FlagValues values = parse(sets, "--name=x").values();
    assertFalse(FlagData.decoded(refers));
    assertEquals("C:\\h$", values.get("path", null));
    assertEquals("C:\\a$", parse(sets, "--old_host=a").values().get("path", null));
  }

  @Test
  void aDefaultThatParsesItsExpansionIsResolvedAtParse() {
    FlagSetDefinition<Object> source = set("test.Source\nq\tstring\tA quote.\tdefault=\"x");
    FlagSetDefinition<Object> list = set("test.Use\nxs\tlist string\tSome.\tdefault=$q");
    assertEquals(
        List.of("invalid default value '$q' for flag --xs: unclosed quote in list"),
        assertThrows(FlagException.class, () -> parse(List.of(set(GIVEN), source, list)))
            .problems());
  }

  @Test
  void everyValueIsListedInRegistryOrderAsWhenEverySetWasResolved() throws FlagException {
    List<FlagSetDefinition<?>> sets = List.of(set(OTHER), set(GIVEN));
    FlagValues deferring = parse(sets, "--port=1").values();
    List<String> names = new ArrayList<>();
    for (String name : deferring) {
      names.add(name);
    }
    assertEquals(List.of("name", "count", "port", "host"), names);
    assertEquals(List.of("name : n", "count : 1", "port : 1", "host : h"), deferring.dump());
    FlagValues resolvingAll = parse(sets, "--port=1", "--name=n").values();
    assertEquals(resolvingAll.toFlagfile(), deferring.toFlagfile());
  }

  @Test
  void anEscapedTabInHelpIsNotAnAttribute() {
    FlagSetNames names = FlagSetNames.scan(OTHER);
    assertEquals(List.of("port", "host", "old_host"), names.spellings());
    assertEquals(Set.of("old_host"), names.aliases());
    assertEquals(
        "Port; not\talias=spoof", FlagRegistry.of(List.of(set(OTHER))).byName("port").help());
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
            () -> FlagRegistry.of(List.of(set(OTHER), undecodable("test.C", "\talias=old_host"))));
    assertEquals("flag --old_host is declared by both test.C and test.Other", e.getMessage());
  }

  @Test
  void aReloadAppliesChangesToFlagsOfADeferredSetAndBackToTheirDefaults() throws FlagException {
    FlagSetDefinition<Object> mutable =
        set("test.Mutable\nlevel\tint\tA level.\tdefault=1\tmutable");
    List<FlagSetDefinition<?>> sets = List.of(set(GIVEN), mutable);
    FlagValues.Reload raised =
        parse(sets, "--name=x").values().reload(parse(sets, "--name=x", "--level=2").values());
    assertEquals(List.of("level"), raised.applied());
    assertEquals(2, raised.values().get("level", null));
    FlagValues.Reload lowered = raised.values().reload(parse(sets, "--name=x").values());
    assertEquals(List.of("level"), lowered.applied());
    assertEquals(1, lowered.values().get("level", null));
  }

  @Test
  void aScriptLeavesTheRuntimesFlagSetsUndecodedUntilItReadsThem() throws FlagException {
    FlagSetDefinition<Object> script = set(GIVEN);
    List<FlagSetDefinition<?>> sets =
        new ArrayList<>(new FlagIndex_io_github_flagstaff_runtime().flagSets());
    List<String> runtimeSets = new ArrayList<>();
    for (FlagSetDefinition<?> set : sets) {
      runtimeSets.add(set.name());
    }
    assertEquals(
        List.of(
            "io.github.flagstaff.runtime.CommonFlags",
            "io.github.flagstaff.runtime.rpc.RpcFlags",
            "io.github.flagstaff.runtime.service.ServiceFlags",
            "io.github.flagstaff.runtime.service.StoreFlags",
            "io.github.flagstaff.runtime.web.WebFlags"),
        runtimeSets.stream().sorted().toList());
    sets.add(script);
    FlagValues values = parse(sets, "--name=x").values();
    for (FlagSetDefinition<?> set : sets) {
      assertEquals(set == script, FlagData.decoded(set), set.name());
    }
    assertEquals("jdbc:sqlite:./nova.sqlite", values.get("sql_connection", null));
    assertEquals(Duration.ofSeconds(10), values.get("report_interval", null));
    assertEquals(
        "jdbc:sqlite:/var/lib/nova/nova.sqlite",
        parse(sets, "--name=x", "--state_path=/var/lib/nova").values().get("sql_connection", null));
  }
}
