package io.github.flagstaff.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A bad {@code --transport_url} is refused with a message that does not hold it. */
class TransportsTest {

  private static String refusal(String url) {
    return assertThrows(IllegalArgumentException.class, () -> Transports.open(url, null))
        .getMessage();
  }

  @Test
  void aSpaceInThePasswordIsRefusedWithoutShowingIt() {
    assertEquals(
        "--transport_url is not a valid URL: illegal character in authority at index 9 (a"
            + " password needs %-escapes for characters such as space, %, @ and /)",
        refusal("rabbit://guest:pa ss@localhost:5672/"));
  }

  @Test
  void aBadEscapeInThePasswordIsRefusedWithoutShowingIt() {
    assertEquals(
        "--transport_url is not a valid URL: malformed escape pair at index 15 (a password"
            + " needs %-escapes for characters such as space, %, @ and /)",
        refusal("rabbit://guest:%zzsecret@localhost:5672/"));
  }

  @Test
  void anUnknownSchemeNamesOnlyTheScheme() {
    assertEquals(
        "no transport for --transport_url scheme 'kafka' (known: memory); is its module on the"
            + " class path?",
        refusal("kafka://user:secret@localhost/"));
  }

  @Test
  void checkingRefusesWhatOpeningWouldWithoutOpeningAnything() {
    for (String url :
        new String[] {"kafka://user:secret@localhost/", "rabbit://guest:pa ss@localhost:5672/"}) {
      assertEquals(
          refusal(url),
          assertThrows(IllegalArgumentException.class, () -> Transports.check(url)).getMessage());
    }
    Transports.check("memory://checked");
  }
}
