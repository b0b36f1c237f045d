package io.github.flagstaff.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The store's secrets never reach flagstaff-manage's output. */
class SecretsTest {

  @Test
  void theUrlIsMaskedWhole() {
    String url = "jdbc:postgresql://db:5432/nova?user=nova&password=s3cret";

    assertEquals(
        "cannot open ****: refused",
        Secrets.redact("cannot open " + url + ": refused", Manage.flags(url, Optional.empty())));
  }

  @Test
  void passwordsInTheUrlAreMaskedWhereverTheyAppear() {
    String url = "jdbc:postgresql://nova:pa55@db/nova?ssl=true&PASSWORD=s3cret&user=nova";

    assertEquals(
        "**** and **** rejected",
        Secrets.redact("s3cret and pa55 rejected", Manage.flags(url, Optional.empty())));
  }

  @Test
  void theSqlPasswordFlagIsMasked() {
    assertEquals(
        "user nova with **** refused",
        Secrets.redact(
            "user nova with hunter2 refused",
            Manage.flags("jdbc:postgresql://db/nova", Optional.of("hunter2"))));
  }

  @Test
  void textWithoutSecretsIsUnchanged() {
    assertEquals(
        "connection refused",
        Secrets.redact(
            "connection refused", Manage.flags("jdbc:sqlite:nova.sqlite", Optional.of(""))));
  }
}
