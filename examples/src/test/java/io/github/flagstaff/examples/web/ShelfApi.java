package io.github.flagstaff.examples.web;

import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.service.ServiceContext;
import io.github.flagstaff.runtime.web.Html;
import io.github.flagstaff.runtime.web.Response;
import io.github.flagstaff.runtime.web.WebException;
import io.github.flagstaff.web.Body;
import io.github.flagstaff.web.Delete;
import io.github.flagstaff.web.Get;
import io.github.flagstaff.web.Post;
import io.github.flagstaff.web.Put;
import io.github.flagstaff.web.Query;
import io.github.flagstaff.web.WebApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/** A web API with every kind of parameter and result, for the routing tests. */
@WebApi(name = "shelf", port = 8780, binary = "test-shelf")
public class ShelfApi {
  /** Lets a test hold a request in progress: {@code GET /slow} waits for it. */
  public static volatile CountDownLatch release = new CountDownLatch(0);

  /** Counted down when {@code GET /slow} has started. */
  public static volatile CountDownLatch entered = new CountDownLatch(1);

  private final ShelfFlags flags;
  private final ServiceContext context;
  private final Map<Long, Book> books = new TreeMap<>();

  public ShelfApi(ShelfFlags flags, ServiceContext context) {
    this.flags = flags;
    this.context = context;
  }

  @Get("/")
  public Html home() {
    return new Html("<h1>" + flags.shelfTitle() + "</h1>");
  }

  @Get("/books")
  public synchronized List<Book> list(
      @Query Optional<Integer> limit,
      @Query List<String> tag,
      @Query("of-genre") Optional<Book.Genre> genre) {
    List<Book> out = new ArrayList<>();
    for (Book book : books.values()) {
      if ((tag.isEmpty() || book.tags().containsAll(tag))
          && (genre.isEmpty() || book.genre() == genre.get())
          && out.size() < limit.orElse(Integer.MAX_VALUE)) {
        out.add(book);
      }
    }
    return out;
  }

  @Post("/books")
  public synchronized Response<Book> add(@Body Book book) {
    if (books.containsKey(book.id())) {
      throw new WebException.Conflict("book " + book.id() + " is on the shelf already");
    }
    books.put(book.id(), book);
    return Response.of(201, book).header("Location", "/books/" + book.id());
  }

  @Get("/books/count")
  public synchronized int count() {
    return books.size();
  }

  @Get("/books/{id}")
  public synchronized Book get(long id) {
    Book book = books.get(id);
    if (book == null) {
      throw new WebException.NotFound("book " + id + " could not be found");
    }
    return book;
  }

  @Put("/books/{id}")
  public synchronized Book replace(long id, @Body Book book) {
    get(id);
    Book replaced = new Book(id, book.title(), book.genre(), book.tags());
    books.put(id, replaced);
    return replaced;
  }

  @Delete("/books/{id}")
  public synchronized void remove(long id) {
    get(id);
    books.remove(id);
  }

  @Get("/books/{id}/pages/{page}")
  public String page(long id, int page, @Query boolean large) {
    return get(id).title() + " p." + page + (large ? " (large print)" : "");
  }

  @Get("/genres/{genre}")
  public synchronized List<Book> byGenre(Book.Genre genre) {
    return list(Optional.empty(), List.of(), Optional.of(genre));
  }

  @Get("/tickets/{ticket}")
  public String ticket(UUID ticket, RequestContext request) {
    return ticket + " for " + request.user() + " in " + request.project();
  }

  @Get("/whoami")
  public String whoami(RequestContext request) {
    return request.user() + "@" + context.host() + " [" + request.requestId() + "]";
  }

  @Get("/boom")
  public int boom() {
    throw new IllegalStateException("password=hunter2 must not reach the client");
  }

  @Get("/slow")
  public String slow() throws InterruptedException {
    entered.countDown();
    release.await();
    return "done";
  }
}
