package mymodule.api;

import io.github.flagstaff.runtime.rpc.RemoteError;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcException;
import io.github.flagstaff.runtime.service.ServiceContext;
import io.github.flagstaff.runtime.service.ServiceRecord;
import io.github.flagstaff.runtime.web.Html;
import io.github.flagstaff.runtime.web.Response;
import io.github.flagstaff.runtime.web.WebException;
import io.github.flagstaff.web.Body;
import io.github.flagstaff.web.Get;
import io.github.flagstaff.web.Post;
import io.github.flagstaff.web.Query;
import io.github.flagstaff.web.WebApi;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mymodule.compute.ComputeClient;
import mymodule.compute.Instance;
import mymodule.scheduler.NoValidHost;
import mymodule.scheduler.SchedulerClient;

/**
 * {@code osapi_compute}, the compute API of {@code nova-api}: boots servers through the scheduler,
 * lists them by asking each compute host that is up, lists the services, and shows a status page.
 */
@WebApi(name = "osapi_compute", port = 8774)
public class ComputeApi {
  private static final Logger LOG = System.getLogger(ComputeApi.class.getName());
  private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);

  private final ServiceContext context;
  private final SchedulerClient scheduler;
  private final ComputeClient compute;

  public ComputeApi(ServiceContext context) {
    this.context = context;
    this.scheduler = SchedulerClient.of(context.rpc());
    this.compute = ComputeClient.of(context.rpc());
  }

  /** Boots a server: the scheduler places it on a compute host, which runs it. */
  @Post("/v2/servers")
  public Response<Server.One> create(RequestContext request, @Body ServerRequest body) {
    ServerRequest.Spec spec = body.server();
    if (spec == null) {
      throw new WebException.BadRequest("the body has no 'server'");
    }
    if (spec.name() == null || spec.name().isBlank()) {
      throw new WebException.BadRequest("server 'name' is required");
    }
    if (spec.memoryMb() == null || spec.memoryMb() < 1) {
      throw new WebException.BadRequest("server 'memory_mb' must be a positive integer");
    }
    Instance instance;
    try {
      instance = scheduler.call(request).runInstance(spec.name(), spec.memoryMb());
    } catch (RemoteError e) {
      if (e.remoteType().equals(NoValidHost.class.getSimpleName())
          && NoValidHost.class.getPackageName().equals(e.remoteModule())) {
        throw new WebException.BadRequest(e.remoteMessage());
      }
      throw e;
    }
    Server server = Server.of(instance);
    return Response.of(202, new Server.One(server))
        .header("Location", "/v2/servers/" + server.id());
  }

  /** Every server, from each compute host that is up; a host that does not answer is skipped. */
  @Get("/v2/servers")
  public Server.Many list(RequestContext request) {
    List<Server> servers = new ArrayList<>();
    for (ServiceRecord record : context.services("compute")) {
      try {
        for (Instance instance :
            compute.onHost(record.host()).call(request, ASK_TIMEOUT).listInstances()) {
          servers.add(Server.of(instance));
        }
      } catch (RpcException e) {
        LOG.log(Level.WARNING, "compute.{0} did not list its instances: {1}", record.host(), e);
      }
    }
    servers.sort(Comparator.comparing(Server::host).thenComparing(Server::name));
    return new Server.Many(servers);
  }

  /** One server, by id. */
  @Get("/v2/servers/{id}")
  public Server.One show(RequestContext request, UUID id) {
    for (Server server : list(request).servers()) {
      if (server.id().equals(id.toString())) {
        return new Server.One(server);
      }
    }
    throw new WebException.NotFound("Instance " + id + " could not be found.");
  }

  /** Every service, up or down, optionally of one binary, as Nova's {@code os-services}. */
  @Get("/v2/os-services")
  public OsService.Many services(@Query Optional<String> binary) {
    Duration downTime = context.serviceDownTime();
    List<OsService> services = new ArrayList<>();
    for (ServiceRecord record : context.serviceRecords()) {
      if (binary.isEmpty() || binary.get().equals(record.binary())) {
        services.add(OsService.of(record, downTime));
      }
    }
    return new OsService.Many(services);
  }

  /** The status page; {@code ?refresh=N} refreshes it every N seconds (default 5). */
  @Get("/")
  public Html status(@Query Optional<Integer> refresh) {
    int seconds = refresh.orElse(5);
    if (seconds < 1) {
      throw new WebException.BadRequest("refresh must be at least 1 second");
    }
    return StatusPage.render(context.serviceRecords(), context.serviceDownTime(), seconds);
  }
}
