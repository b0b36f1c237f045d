package test;

import io.github.flagstaff.runtime.flags.FlagValues;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * {@link ServerFlags} over one parse's values.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
final class ServerFlagsValues implements ServerFlags {
  private final int port;

  private final String bindAddress;

  private final String hostIp;

  private final ServerFlags.Mode mode;

  private final Duration timeout;

  private final Path stateDir;

  private final long rotateBytes;

  private final double sampleRatio;

  private final boolean trace;

  private final String apiToken;

  private final Optional<String> nickname;

  private final List<String> backends;

  private final List<String> header;

  private final int workers;

  ServerFlagsValues(FlagValues values) {
    this.port = values.value(ServerFlagsTable.PORT);
    this.bindAddress = values.value(ServerFlagsTable.BIND);
    this.hostIp = values.value(ServerFlagsTable.HOST_IP);
    this.mode = values.value(ServerFlagsTable.MODE);
    this.timeout = values.value(ServerFlagsTable.TIMEOUT);
    this.stateDir = values.value(ServerFlagsTable.STATE_DIR);
    this.rotateBytes = values.value(ServerFlagsTable.ROTATE_BYTES);
    this.sampleRatio = values.value(ServerFlagsTable.SAMPLE_RATIO);
    this.trace = values.value(ServerFlagsTable.TRACE);
    this.apiToken = values.value(ServerFlagsTable.API_TOKEN);
    this.nickname = values.value(ServerFlagsTable.NICKNAME);
    this.backends = values.value(ServerFlagsTable.BACKENDS);
    this.header = values.value(ServerFlagsTable.HEADER);
    this.workers = values.value(ServerFlagsTable.WORKERS);
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public String bindAddress() {
    return bindAddress;
  }

  @Override
  public String hostIp() {
    return hostIp;
  }

  @Override
  public ServerFlags.Mode mode() {
    return mode;
  }

  @Override
  public Duration timeout() {
    return timeout;
  }

  @Override
  public Path stateDir() {
    return stateDir;
  }

  @Override
  public long rotateBytes() {
    return rotateBytes;
  }

  @Override
  public double sampleRatio() {
    return sampleRatio;
  }

  @Override
  public boolean trace() {
    return trace;
  }

  @Override
  public String apiToken() {
    return apiToken;
  }

  @Override
  public Optional<String> nickname() {
    return nickname;
  }

  @Override
  public List<String> backends() {
    return backends;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public int workers() {
    return workers;
  }

  @Override
  public String toString() {
    return "ServerFlags{"
        + "port=" + port
        + ", bind=" + bindAddress
        + ", host_ip=" + hostIp
        + ", mode=" + mode
        + ", timeout=" + timeout
        + ", state_dir=" + stateDir
        + ", rotate_bytes=" + rotateBytes
        + ", sample_ratio=" + sampleRatio
        + ", trace=" + trace
        + ", api_token=****"
        + ", nickname=" + nickname
        + ", backends=" + backends
        + ", header=" + header
        + ", workers=" + workers
        + "}";
  }
}
