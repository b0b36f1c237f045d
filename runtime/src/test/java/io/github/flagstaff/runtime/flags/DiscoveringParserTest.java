package io.github.flagstaff.runtime.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.flagstaff.index.FlagIndex_io_github_flagstaff_runtime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * A parser that knows some flag sets and discovers the rest of the class path while it parses gives
 * what a parser that discovered everything first gives. The test class path holds the runtime's
 * flag sets and the tests' (among them {@link TestFlags} and {@link RequiredFlags}, whose {@code
 * --token} is required, and {@link RequiredNumberFlags}).
 */
class DiscoveringParserTest {
  private static final List<FlagIndex> RUNTIME_INDEX =
      List.of(new FlagIndex_io_github_flagstaff_runtime());
  private static final FlagParser EVERYTHING_FIRST =
      FlagParser.of(FlagRegistry.load()).withEnvironment(Map.of());

  private static FlagParser discovering(List<FlagIndex> known) {
    return FlagParser.discovering(known).withEnvironment(Map.of());
  }

  @Test
  void aFlagOfASetTheProgramDidNotKnowIsSetAsIfItHadBeenKnown() throws FlagException {
    assertNull(FlagRegistry.ofIndexes(RUNTIME_INDEX).byName("port"));
    ParseResult result =
        discovering(RUNTIME_INDEX).parse("--port=8080", "--token=t", "--replicas=2");
    assertEquals(8080, result.values().get(TestFlags.class).port());
    assertEquals("t", result.values().get(RequiredFlags.class).token());
  }

  @Test
  void aRequiredFlagOfADiscoveredSetIsStillRequired() {
    List<String> problems =
        assertThrows(FlagException.class, () -> discovering(RUNTIME_INDEX).parse("--verbose"))
            .problems();
    assertEquals(
        assertThrows(FlagException.class, () -> EVERYTHING_FIRST.parse("--verbose")).problems(),
        problems);
  }

  @Test
  void anUnknownFlagIsReportedAsAParserThatKnewEverythingReportsIt() {
    String[] args = {"--no_such_flag=1", "--token=t"};
    assertEquals(
        assertThrows(FlagException.class, () -> EVERYTHING_FIRST.parse(args)).problems(),
        assertThrows(FlagException.class, () -> discovering(RUNTIME_INDEX).parse(args)).problems());
  }

  @Test
  void theRegistryIsEveryFlagSetOnTheClassPath() {
    assertEquals(names(EVERYTHING_FIRST.registry()), names(discovering(RUNTIME_INDEX).registry()));
  }

  @Test
  void aProgramThatKnewEverySetKeepsItsOwnRegistry() throws FlagException {
    List<FlagIndex> every = new ArrayList<>();
    ServiceLoader.load(FlagIndex.class).forEach(every::add);
    FlagParser parser = discovering(every);
    FlagRegistry known = parser.registry();
    assertEquals(names(EVERYTHING_FIRST.registry()), names(known));
    assertSame(known, parser.parse("--token=t", "--replicas=2").values().registry());
    assertSame(known, parser.registry());
  }

  private static List<String> names(FlagRegistry registry) {
    return registry.flagSets().stream().map(FlagSetDefinition::name).toList();
  }
}
