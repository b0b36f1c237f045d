package io.github.flagstaff.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagNamesTest {

  @ParameterizedTest
  @CsvSource({
    "myIp, my_ip",
    "port, port",
    "HTTPPort, http_port",
    "vlanStart, vlan_start",
    "ipv6Enabled, ipv6_enabled",
    "exampleserviceManager, exampleservice_manager"
  })
  void snakeCase(String camel, String snake) {
    assertEquals(snake, FlagNames.toSnakeCase(camel));
  }

  @Test
  void validNames() {
    assertTrue(FlagNames.isValid("my_ip2"));
    for (String bad : List.of("", "My", "2x", "my-ip", "_x", "x y")) {
      assertFalse(FlagNames.isValid(bad), bad);
    }
  }

  @Test
  void builtInsAndTheirNegations() {
    assertTrue(FlagNames.clashesWithBuiltIn("help"));
    assertTrue(FlagNames.clashesWithBuiltIn("flagfile"));
    assertTrue(FlagNames.clashesWithBuiltIn("nohelp"));
    assertFalse(FlagNames.clashesWithBuiltIn("helper"));
  }

  @Test
  void templates() {
    assertEquals(List.of("a", "b_c"), Templates.references("$a/${b_c}$$"));
    assertEquals("x$y", Templates.expand("x$$y", n -> "!"));
    assertEquals("[A]-[B]", Templates.expand("$a-${b}", n -> "[" + n.toUpperCase() + "]"));
  }
}
