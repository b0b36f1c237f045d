package io.github.flagstaff.runtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HostnamesTest {

  @Test
  void theHostnameIsTheKernelsAsHostnamePrintsIt() throws Exception {
    Path kernel = Path.of("/proc/sys/kernel/hostname");
    assumeTrue(Files.isReadable(kernel), "no /proc here");
    String expected = Files.readString(kernel).strip();
    assumeTrue(!expected.isEmpty(), "the kernel has no hostname");

    assertEquals(expected, Hostnames.local());
  }
}
