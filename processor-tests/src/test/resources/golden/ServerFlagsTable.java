package test;

import io.github.flagstaff.runtime.flags.FlagDescriptor;
import io.github.flagstaff.runtime.flags.FlagSetDefinition;
import io.github.flagstaff.runtime.flags.FlagTypes;
import io.github.flagstaff.runtime.flags.FlagValues;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The flags of {@link ServerFlags}, as the runtime parses and shows them.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class ServerFlagsTable implements FlagSetDefinition<ServerFlags> {
  /**
   * The flag set's name.
   */
  public static final String NAME = "test.ServerFlags";

  /**
   * {@code --port}: Port to listen on.
   */
  public static final FlagDescriptor<Integer> PORT =
      FlagDescriptor.builder("port", FlagTypes.bounded(FlagTypes.INT, 1, 65535))
          .flagSet(NAME)
          .help("Port to listen on.")
          .defaultText("8080")
          .usage("  --port=<int>: Port to listen on.\n"
              + "    (default: 8080; range: [1, 65535])")
          .build();

  /**
   * {@code --bind}: Address to bind.
   */
  public static final FlagDescriptor<String> BIND =
      FlagDescriptor.builder("bind", FlagTypes.STRING)
          .flagSet(NAME)
          .help("Address to bind.")
          .defaultText("${host_ip}")
          .usage("  --bind=<string>: Address to bind.\n"
              + "    (default: '${host_ip}')")
          .build();

  /**
   * {@code --host_ip}: The host's address.
   */
  public static final FlagDescriptor<String> HOST_IP =
      FlagDescriptor.builder("host_ip", FlagTypes.STRING)
          .flagSet(NAME)
          .help("The host's address.")
          .defaultText("127.0.0.1")
          .usage("  --host_ip=<string>: The host's address.\n"
              + "    (default: '127.0.0.1')")
          .build();

  /**
   * {@code --mode}: Network mode.
   */
  public static final FlagDescriptor<ServerFlags.Mode> MODE =
      FlagDescriptor.builder("mode", FlagTypes.enumOf(ServerFlags.Mode.values()))
          .flagSet(NAME)
          .help("Network mode.")
          .defaultText("vlan")
          .usage("  --mode=<FLAT|VLAN>: Network mode.\n"
              + "    (default: 'vlan')")
          .build();

  /**
   * {@code --timeout}: Request timeout.
   */
  public static final FlagDescriptor<Duration> TIMEOUT =
      FlagDescriptor.builder("timeout", FlagTypes.bounded(FlagTypes.DURATION, Duration.ofMillis(1L), Duration.ofMinutes(5)))
          .flagSet(NAME)
          .help("Request timeout.")
          .defaultText("30s")
          .usage("  --timeout=<duration>: Request timeout.\n"
              + "    (default: 30s; range: [1ms, 5m])")
          .build();

  /**
   * {@code --state_dir}: Where to keep state.
   */
  public static final FlagDescriptor<Path> STATE_DIR =
      FlagDescriptor.builder("state_dir", FlagTypes.PATH)
          .flagSet(NAME)
          .help("Where to keep state.")
          .defaultText("/var/lib/server")
          .usage("  --state_dir=<path>: Where to keep state.\n"
              + "    (default: '/var/lib/server')")
          .build();

  /**
   * {@code --rotate_bytes}: Bytes before rotating.
   */
  public static final FlagDescriptor<Long> ROTATE_BYTES =
      FlagDescriptor.builder("rotate_bytes", FlagTypes.bounded(FlagTypes.LONG, 0L, null))
          .flagSet(NAME)
          .help("Bytes before rotating.")
          .defaultText("0x100000")
          .usage("  --rotate_bytes=<long>: Bytes before rotating.\n"
              + "    (default: 0x100000; minimum: 0)")
          .build();

  /**
   * {@code --sample_ratio}: Sampling ratio.
   */
  public static final FlagDescriptor<Double> SAMPLE_RATIO =
      FlagDescriptor.builder("sample_ratio", FlagTypes.bounded(FlagTypes.DOUBLE, 0.0, 1.0))
          .flagSet(NAME)
          .help("Sampling ratio.")
          .defaultText("0.25")
          .usage("  --sample_ratio=<double>: Sampling ratio.\n"
              + "    (default: 0.25; range: [0, 1])")
          .build();

  /**
   * {@code --trace}: Trace requests.
   */
  public static final FlagDescriptor<Boolean> TRACE =
      FlagDescriptor.builder("trace", FlagTypes.BOOLEAN)
          .flagSet(NAME)
          .help("Trace requests.")
          .defaultText("false")
          .usage("  --[no]trace: Trace requests.\n"
              + "    (default: false)")
          .build();

  /**
   * {@code --api_token}: API token.
   */
  public static final FlagDescriptor<String> API_TOKEN =
      FlagDescriptor.builder("api_token", FlagTypes.STRING)
          .flagSet(NAME)
          .help("API token.")
          .required()
          .secret()
          .usage("  --api_token=<string>: API token.\n"
              + "    (required)")
          .build();

  /**
   * {@code --nickname}: Optional nickname.
   */
  public static final FlagDescriptor<Optional<String>> NICKNAME =
      FlagDescriptor.builder("nickname", FlagTypes.optional(FlagTypes.STRING))
          .flagSet(NAME)
          .help("Optional nickname.")
          .usage("  --nickname=<string>: Optional nickname.")
          .build();

  /**
   * {@code --backends}: Backend hosts.
   */
  public static final FlagDescriptor<List<String>> BACKENDS =
      FlagDescriptor.builder("backends", FlagTypes.list(FlagTypes.STRING))
          .flagSet(NAME)
          .help("Backend hosts.")
          .defaultText("a,b")
          .usage("  --backends=<string>[,<string>...]: Backend hosts.\n"
              + "    (default: 'a,b')")
          .build();

  /**
   * {@code --header}: Extra headers, one per use.
   */
  public static final FlagDescriptor<List<String>> HEADER =
      FlagDescriptor.builder("header", FlagTypes.repeated(FlagTypes.STRING))
          .flagSet(NAME)
          .help("Extra headers, one per use.")
          .usage("  --header=<string>: Extra headers, one per use.\n"
              + "    (repeatable)")
          .build();

  /**
   * {@code --workers}: Worker count.
   */
  public static final FlagDescriptor<Integer> WORKERS =
      FlagDescriptor.builder("workers", FlagTypes.INT)
          .flagSet(NAME)
          .help("Worker count.")
          .defaultText("4")
          .mutable()
          .aliases("threads", "num_workers")
          .usage("  --workers=<int>: Worker count.\n"
              + "    (default: 4; mutable; deprecated names: --threads, --num_workers)")
          .build();

  private static final List<FlagDescriptor<?>> FLAGS = List.of(PORT, BIND, HOST_IP, MODE, TIMEOUT,
      STATE_DIR, ROTATE_BYTES, SAMPLE_RATIO, TRACE, API_TOKEN, NICKNAME, BACKENDS, HEADER, WORKERS);

  @Override
  public Class<ServerFlags> type() {
    return ServerFlags.class;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<FlagDescriptor<?>> flags() {
    return FLAGS;
  }

  @Override
  public ServerFlags bind(FlagValues values) {
    return new ServerFlagsValues(values);
  }
}
