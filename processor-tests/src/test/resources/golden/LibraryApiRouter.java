package test.web;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.Codecs;
import io.github.flagstaff.runtime.rpc.JsonCodec;
import io.github.flagstaff.runtime.service.ServiceContext;
import io.github.flagstaff.runtime.web.WebApiFactory;
import io.github.flagstaff.runtime.web.WebArguments;
import io.github.flagstaff.runtime.web.WebException;
import io.github.flagstaff.runtime.web.WebParams;
import io.github.flagstaff.runtime.web.WebReply;
import io.github.flagstaff.runtime.web.WebRequest;
import io.github.flagstaff.runtime.web.WebRouter;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Routes library's requests to {@link LibraryApi}: a {@code switch} over path segments, without reflection.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class LibraryApiRouter implements WebRouter {
  /**
   * Creates {@link LibraryApi} and its router.
   */
  public static final WebApiFactory FACTORY = new Factory();

  private static final JsonCodec<List<LibraryApi.Item>> LIST_OF_ITEM = Codecs.listOf(LibraryApi_ItemJsonCodec.INSTANCE);

  private final LibraryApi api;

  /**
   * Routes to {@code api}.
   */
  public LibraryApiRouter(LibraryApi api) {
    this.api = api;
  }

  @Override
  public String api() {
    return "library";
  }

  @Override
  public WebReply route(WebRequest request) throws Exception {
    List<String> path = request.segments();
    switch (path.size()) {
      case 0 -> {
        return root(request);
      }
      case 1 -> {
        if (path.get(0).equals("items")) {
          return items(request);
        }
      }
      case 2 -> {
        if (path.get(0).equals("items")) {
          if (path.get(1).equals("new")) {
            return itemsNew(request);
          }
          return itemsId(request, path.get(1));
        }
      }
      case 4 -> {
        if (path.get(0).equals("shelves")) {
          if (path.get(2).equals("rows")) {
            return shelvesShelfRowsRow(request, path.get(1), path.get(3));
          }
        }
      }
    }
    throw WebArguments.noRoute(request);
  }

  /**
   * {@code /}: GET.
   */
  private WebReply root(WebRequest request) throws Exception {
    switch (request.method()) {
      case "GET" -> {
        return WebReply.html(api.home());
      }
      default -> throw new WebException.MethodNotAllowed(request.method(), "GET");
    }
  }

  /**
   * {@code /items}: GET, POST.
   */
  private WebReply items(WebRequest request) throws Exception {
    switch (request.method()) {
      case "GET" -> {
        return WebReply.ok(LIST_OF_ITEM, api.list(WebArguments.optional(request, "limit", WebArguments.INTEGER),
            WebArguments.list(request, "of-kind", WebArguments.enumOf(LibraryApi.Kind.values()))));
      }
      case "POST" -> {
        return WebReply.of(LibraryApi_ItemJsonCodec.INSTANCE, api.add(request.context(),
            WebParams.body(request, LibraryApi_ItemJsonCodec.INSTANCE, "item")));
      }
      default -> throw new WebException.MethodNotAllowed(request.method(), "GET, POST");
    }
  }

  /**
   * {@code /items/new}: GET.
   */
  private WebReply itemsNew(WebRequest request) throws Exception {
    switch (request.method()) {
      case "GET" -> {
        return WebReply.ok(LibraryApi_ItemJsonCodec.INSTANCE, api.template());
      }
      default -> throw new WebException.MethodNotAllowed(request.method(), "GET");
    }
  }

  /**
   * {@code /items/{id}}: DELETE, GET, PUT.
   */
  private WebReply itemsId(WebRequest request, String id) throws Exception {
    switch (request.method()) {
      case "GET" -> {
        return WebReply.ok(LibraryApi_ItemJsonCodec.INSTANCE, api.get(WebParams.uuid("id", id)));
      }
      case "PUT" -> {
        return WebReply.ok(LibraryApi_ItemJsonCodec.INSTANCE, api.put(WebParams.uuid("id", id),
            WebParams.body(request, LibraryApi_ItemJsonCodec.INSTANCE, "item")));
      }
      case "DELETE" -> {
        api.delete(WebParams.uuid("id", id));
        return WebReply.noContent();
      }
      default -> throw new WebException.MethodNotAllowed(request.method(), "DELETE, GET, PUT");
    }
  }

  /**
   * {@code /shelves/{shelf}/rows/{row}}: GET.
   */
  private WebReply shelvesShelfRowsRow(WebRequest request, String shelf, String row) throws
      Exception {
    switch (request.method()) {
      case "GET" -> {
        return WebReply.ok(Codecs.LONG, api.count(shelf, WebParams.integer("row", row),
            WebParams.bool("full", WebParams.required(request, "full")),
            WebParams.longInteger("since", WebParams.required(request, "since"))));
      }
      default -> throw new WebException.MethodNotAllowed(request.method(), "GET");
    }
  }

  private static final class Factory implements WebApiFactory {
    @Override
    public String api() {
      return "library";
    }

    @Override
    public List<Class<?>> flagSets() {
      return List.of(LibraryFlags.class);
    }

    @Override
    public WebRouter create(FlagValues values, ServiceContext context) {
      return new LibraryApiRouter(new LibraryApi(values.get(LibraryFlags.class), values, context));
    }
  }
}
