package io.github.flagstaff.rabbit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS settings of {@link RabbitFlags} as an {@link SSLContext}: the authorities of {@code
 * --ssl_ca_file} (else the JVM's), and the certificate and key of {@code --ssl_cert_file} and
 * {@code --ssl_key_file}, all PEM files as oslo.messaging takes them.
 */
final class Tls {
  private static final String KEY_BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String KEY_END = "-----END PRIVATE KEY-----";
  private static final char[] NO_PASSWORD = new char[0];
  private static final long MAX_PEM_BYTES = 1 << 20;

  private Tls() {}

  /**
   * The context for {@code flags}.
   *
   * @throws IllegalArgumentException naming the flag whose file cannot be used, and why
   */
  static SSLContext context(RabbitFlags flags) {
    Optional<Path> cert = flags.sslCertFile();
    Optional<Path> key = flags.sslKeyFile();
    if (cert.isPresent() != key.isPresent()) {
      throw new IllegalArgumentException(
          cert.isPresent()
              ? "--ssl_cert_file needs --ssl_key_file, the certificate's private key"
              : "--ssl_key_file needs --ssl_cert_file, the key's certificate");
    }
    try {
      TrustManager[] trust = null;
      if (flags.sslCaFile().isPresent()) {
        trust = trustManagers(flags.sslCaFile().get());
      }
      KeyManager[] keys = null;
      if (cert.isPresent()) {
        keys = keyManagers(cert.get(), key.get());
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys, trust, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static TrustManager[] trustManagers(Path file) throws GeneralSecurityException {
    List<Certificate> authorities = certificates("--ssl_ca_file", file);
    KeyStore store = emptyStore();
    for (int i = 0; i < authorities.size(); i++) {
      store.setCertificateEntry("ca-" + i, authorities.get(i));
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    return factory.getTrustManagers();
  }

  private static KeyManager[] keyManagers(Path certFile, Path keyFile)
      throws GeneralSecurityException {
    PrivateKey key = privateKey(keyFile);
    List<Certificate> chain = certificates("--ssl_cert_file", certFile);
    KeyStore store = emptyStore();
    store.setKeyEntry("client", key, NO_PASSWORD, chain.toArray(Certificate[]::new));
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(store, NO_PASSWORD);
    return factory.getKeyManagers();
  }

  private static List<Certificate> certificates(String flag, Path file) {
    byte[] pem = read(flag, file);
    if (!new String(pem, StandardCharsets.US_ASCII).contains("-----BEGIN CERTIFICATE-----")) {
      throw new IllegalArgumentException(flag + " " + file + ": no PEM certificate in it");
    }
    try (InputStream in = new ByteArrayInputStream(pem)) {
      List<Certificate> certificates =
          List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException(flag + " " + file + ": no PEM certificate in it");
      }
      return certificates;
    } catch (CertificateException | IOException e) {
      throw new IllegalArgumentException(
          flag + " " + file + ": not a PEM certificate file (" + e.getMessage() + ")", e);
    }
  }

  private static PrivateKey privateKey(Path file) {
    String pem = new String(read("--ssl_key_file", file), StandardCharsets.US_ASCII);
    int begin = pem.indexOf(KEY_BEGIN);
    int end = pem.indexOf(KEY_END);
    if (begin < 0 || end < begin) {
      String found =
          pem.contains("ENCRYPTED PRIVATE KEY")
              ? "an encrypted key"
              : pem.contains("-----BEGIN RSA PRIVATE KEY-----")
                      || pem.contains("-----BEGIN EC PRIVATE KEY-----")
                  ? "a PKCS#1 or SEC1 key"
                  : "no PEM private key";
      throw new IllegalArgumentException(
          "--ssl_key_file "
              + file
              + ": "
              + found
              + ", where an unencrypted PKCS#8 key (BEGIN PRIVATE KEY) is needed; convert it with"
              + " openssl pkcs8 -topk8 -nocrypt -in "
              + file);
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(pem.substring(begin + KEY_BEGIN.length(), end));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--ssl_key_file " + file + ": bad base64 in the key");
    }
    for (String algorithm : List.of("RSA", "EC", "Ed25519", "Ed448")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
        // Try the next algorithm.
      }
    }
    throw new IllegalArgumentException(
        "--ssl_key_file " + file + ": not an RSA, EC or EdDSA private key");
  }

  private static byte[] read(String flag, Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(
            flag + " " + file + (Files.exists(file) ? ": not a regular file" : ": no such file"));
      }
      if (Files.size(file) > MAX_PEM_BYTES) {
        throw new IllegalArgumentException(
            flag + " " + file + ": over " + MAX_PEM_BYTES + " bytes, too large for a PEM file");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(flag + " " + file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new IllegalArgumentException(flag + " " + file + ": permission denied");
    } catch (IOException e) {
      throw new IllegalArgumentException(flag + " " + file + ": cannot read it (" + e + ")");
    }
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException(e);
    }
    return store;
  }
}
