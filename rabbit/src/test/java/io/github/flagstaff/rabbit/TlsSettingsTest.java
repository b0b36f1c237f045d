package io.github.flagstaff.rabbit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.rpc.Transports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS files that cannot be used are clear errors naming the flag, before any connection. */
class TlsSettingsTest {
  private static final String URL = "amqps://guest:guest@127.0.0.1:1/";

  @TempDir Path dir;

  private String openWith(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--transport_url=" + URL));
    all.addAll(List.of(args));
    var flags = FlagParser.of(FlagRegistry.load()).parse(all).values();
    return assertThrows(IllegalArgumentException.class, () -> Transports.open(URL, flags))
        .getMessage();
  }

  @Test
  void aMissingCaFileIsNamed() throws Exception {
    Path missing = dir.resolve("missing.pem");
    assertEquals(
        "--ssl_ca_file " + missing + ": no such file", openWith("--ssl_ca_file=" + missing));
  }

  @Test
  void aDirectoryIsNotACaFile() throws Exception {
    assertEquals("--ssl_ca_file " + dir + ": not a regular file", openWith("--ssl_ca_file=" + dir));
  }

  @Test
  void aFileWithoutCertificatesIsNotACaFile() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate\n");
    assertEquals(
        "--ssl_ca_file " + junk + ": no PEM certificate in it", openWith("--ssl_ca_file=" + junk));
  }

  @Test
  void aCertificateNeedsItsKeyAndAKeyItsCertificate() throws Exception {
    Path file = Files.writeString(dir.resolve("x.pem"), "");
    assertEquals(
        "--ssl_cert_file needs --ssl_key_file, the certificate's private key",
        openWith("--ssl_cert_file=" + file));
    assertEquals(
        "--ssl_key_file needs --ssl_cert_file, the key's certificate",
        openWith("--ssl_key_file=" + file));
  }

  @Test
  void aPkcs1KeyIsRefusedWithTheCommandThatConvertsIt() throws Exception {
    Path key =
        Files.writeString(
            dir.resolve("client.key"),
            "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
    String message = openWith("--ssl_key_file=" + key, "--ssl_cert_file=" + key);
    assertEquals(
        "--ssl_key_file "
            + key
            + ": a PKCS#1 or SEC1 key, where an unencrypted PKCS#8 key (BEGIN PRIVATE KEY) is"
            + " needed; convert it with openssl pkcs8 -topk8 -nocrypt -in "
            + key,
        message);
  }
}
