package test.web;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.service.ServiceContext;
import io.github.flagstaff.runtime.web.Html;
import io.github.flagstaff.runtime.web.Response;
import io.github.flagstaff.web.Body;
import io.github.flagstaff.web.Delete;
import io.github.flagstaff.web.Get;
import io.github.flagstaff.web.Post;
import io.github.flagstaff.web.Put;
import io.github.flagstaff.web.Query;
import io.github.flagstaff.web.WebApi;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@WebApi(name = "library", port = 8090)
public class LibraryApi {
  public enum Kind {
    BOOK,
    MAP
  }

  public record Item(String title, Kind kind) {}

  public LibraryApi(LibraryFlags flags, FlagValues values, ServiceContext context) {}

  @Get("/")
  public Html home() {
    return new Html("");
  }

  @Get("/items")
  public List<Item> list(@Query Optional<Integer> limit, @Query("of-kind") List<Kind> kinds) {
    return List.of();
  }

  @Post("/items")
  public Response<Item> add(RequestContext context, @Body Item item) {
    return Response.of(201, item);
  }

  @Get("/items/new")
  public Item template() {
    return null;
  }

  @Get("/items/{id}")
  public Item get(UUID id) {
    return null;
  }

  @Put("/items/{id}")
  public Item put(UUID id, @Body Item item) {
    return item;
  }

  @Delete("/items/{id}")
  public void delete(UUID id) {}

  @Get("/shelves/{shelf}/rows/{row}")
  public long count(String shelf, int row, @Query boolean full, @Query long since) {
    return 0;
  }
}
