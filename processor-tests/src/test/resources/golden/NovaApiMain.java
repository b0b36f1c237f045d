package test.web;

import io.github.flagstaff.runtime.flags.FlagData;
import io.github.flagstaff.runtime.service.ServiceDefinition;
import io.github.flagstaff.runtime.service.ServiceLauncher;
import io.github.flagstaff.runtime.web.WebService;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Runs nova-api, serving library, as Nova's {@code bin/nova-api} did.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class NovaApiMain {
  /**
   * The flags of nova-api's APIs: {@code --<name>_listen}, {@code --<name>_listen_port} and {@code --<name>_workers} of each, as {@link FlagData} reads them.
   */
  public static final String FLAGS = "test.web.NovaApiMain\n"
      + "library_listen\tstring\tAddress library listens on.\tdefault=0.0.0.0\n"
      + "library_listen_port\tint\tPort library listens on; 0 picks a free one.\tdefault=8090\tmin=0\tmax=65535\n"
      + "library_workers\tint\tThreads answering library's requests.\tdefault=16\tmin=1\n";

  /**
   * The nova-api service: its topic, binary and APIs.
   */
  public static final ServiceDefinition SERVICE = WebService.definition(
      "api", "nova-api", NovaApiMain.class, List.of(LibraryApiRouter.FACTORY));

  private NovaApiMain() {
  }

  /**
   * Reads the default flagfile, parses {@code args}, serves and waits.
   */
  public static void main(String[] args) {
    ServiceLauncher.launch(SERVICE, args);
  }
}
