package test;

import io.github.flagstaff.runtime.flags.FlagData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * {@link ServerFlags} over one parse's values, and its flags as data for the runtime.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public record ServerFlagsValues(int port, String bindAddress, String hostIp, ServerFlags.Mode mode,
    Duration timeout, Path stateDir, long rotateBytes, double sampleRatio, boolean trace,
    String apiToken, Optional<String> nickname, List<String> backends, List<String> header,
    int workers) implements ServerFlags {
  /**
   * The flags of {@link ServerFlags}, as {@link FlagData} reads them.
   */
  public static final String FLAGS = "test.ServerFlags\n"
      + "port\tint\tPort to listen on.\tdefault=8080\tmin=1\tmax=65535\n"
      + "bind\tstring\tAddress to bind.\tdefault=${host_ip}\n"
      + "host_ip\tstring\tThe host's address.\tdefault=127.0.0.1\n"
      + "mode\tenum:0\tNetwork mode.\tdefault=vlan\n"
      + "timeout\tduration\tRequest timeout.\tdefault=30s\tmin=1ms\tmax=5m\n"
      + "state_dir\tpath\tWhere to keep state.\tdefault=/var/lib/server\n"
      + "rotate_bytes\tlong\tBytes before rotating.\tdefault=0x100000\tmin=0\n"
      + "sample_ratio\tdouble\tSampling ratio.\tdefault=0.25\tmin=0\tmax=1\n"
      + "trace\tbool\tTrace requests.\tdefault=false\n"
      + "api_token\tstring\tAPI token.\trequired\tsecret\n"
      + "nickname\toptional string\tOptional nickname.\n"
      + "backends\tlist string\tBackend hosts.\tdefault=a,b\n"
      + "header\trepeated string\tExtra headers, one per use.\n"
      + "workers\tint\tWorker count.\tdefault=4\tmutable\talias=threads\talias=num_workers\n";

  /**
   * The view of the flags' values, in declaration order, as the parse checked them.
   */
  @SuppressWarnings("unchecked")
  public static ServerFlagsValues of(Object[] values) {
    return new ServerFlagsValues((int) values[0], (String) values[1], (String) values[2],
        (ServerFlags.Mode) values[3], (Duration) values[4], (Path) values[5], (long) values[6],
        (double) values[7], (boolean) values[8], (String) values[9], (Optional<String>) values[10],
        (List<String>) values[11], (List<String>) values[12], (int) values[13]);
  }

  @Override
  public String toString() {
    return FlagData.describe(FLAGS, port, bindAddress, hostIp, mode, timeout, stateDir, rotateBytes,
        sampleRatio, trace, apiToken, nickname, backends, header, workers);
  }

  /**
   * The constants of the enum number {@code type} in the flags' data.
   */
  public static Enum<?>[] enumConstants(int type) {
    return switch (type) {
      case 0 -> ServerFlags.Mode.values();
      default -> throw new IllegalArgumentException("no enum " + type);
    };
  }
}
