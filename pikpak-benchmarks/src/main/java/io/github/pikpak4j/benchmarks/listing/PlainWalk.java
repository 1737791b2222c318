package io.github.pikpak4j.benchmarks.listing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The listing benchmark's baseline: a plain OkHttp + Moshi loop over a folder's pages, replaying one listing request
 * the SDK sent (same URL query, same headers) with another parent and page token; and a tree walk on a fixed pool.
 * Run alone ({@link #main}) it is the baseline of the whole-process series.
 */
public final class PlainWalk {
  /** Lists the folders directly in a folder. */
  @FunctionalInterface
  interface Subfolders {
    List<String> of(String folderId) throws IOException;
  }

  private final OkHttpClient http = new OkHttpClient();
  private final JsonAdapter<Map<String, Object>> pageAdapter =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private final Supplier<Request> template;

  /** A walk that replays the request {@code template} returns at each page (the SDK's latest listing, in-process). */
  PlainWalk(Supplier<Request> template) {
    this.template = template;
  }

  /**
   * Walks the tree below a folder as its own process and prints the number of folders found.
   *
   * @param args the request file (the URL on its first line, then one {@code Name: value} header per line), the
   *     root folder id and the number of threads
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    Headers.Builder headers = new Headers.Builder();
    lines.subList(1, lines.size()).forEach(headers::add);
    Request template = new Request.Builder().url(lines.get(0)).headers(headers.build()).build();
    PlainWalk plain = new PlainWalk(() -> template);
    System.out.println(walk(args[1], Integer.parseInt(args[2]), plain::subfolders));
  }

  /** Writes a request in the form {@link #main} reads. */
  static void write(Request request, Path file) throws IOException {
    StringBuilder text = new StringBuilder(request.url().toString()).append('\n');
    Headers headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      text.append(headers.name(i)).append(": ").append(headers.value(i)).append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * Lists every folder below {@code root} on a fixed pool, each listing queueing the folders it found.
   *
   * @return the folders found
   */
  static long walk(String root, int threads, Subfolders lister) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong found = new AtomicLong();
    AtomicReference<Exception> failure = new AtomicReference<>();
    Phaser pending = new Phaser(1);
    try {
      submit(pool, pending, found, failure, root, lister);
      pending.arriveAndAwaitAdvance();
    } finally {
      pool.shutdown();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("walk failed", failure.get());
    }
    return found.get();
  }

  private static void submit(ExecutorService pool, Phaser pending, AtomicLong found,
      AtomicReference<Exception> failure, String folder, Subfolders lister) {
    pending.register();
    pool.execute(() -> {
      try {
        List<String> subfolders = lister.of(folder);
        found.addAndGet(subfolders.size());
        for (String sub : subfolders) {
          submit(pool, pending, found, failure, sub, lister);
        }
      } catch (Exception e) {
        failure.compareAndSet(null, e);
      } finally {
        pending.arriveAndDeregister();
      }
    });
  }

  /** Returns the number of entries in a folder. */
  long count(String folder) throws IOException {
    long[] n = {0};
    pages(folder, file -> n[0]++);
    return n[0];
  }

  /** Returns the ids of the folders in a folder. */
  List<String> subfolders(String folder) throws IOException {
    List<String> out = new ArrayList<>();
    pages(folder, file -> {
      if ("drive#folder".equals(file.get("kind"))) {
        out.add((String) file.get("id"));
      }
    });
    return out;
  }

  private void pages(String folder, Consumer<Map<String, Object>> each) throws IOException {
    Request template = this.template.get();
    if (template == null) {
      throw new IllegalStateException("no SDK listing seen yet");
    }
    String token = "";
    do {
      HttpUrl.Builder url = template.url().newBuilder().setQueryParameter("parent_id", folder);
      if (token.isEmpty()) {
        url.removeAllQueryParameters("page_token");
      } else {
        url.setQueryParameter("page_token", token);
      }
      Request request = new Request.Builder().url(url.build()).headers(template.headers()).build();
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        Map<String, Object> page = pageAdapter.fromJson(response.body().source());
        if (page == null) {
          throw new IOException("empty page");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) page.get("files");
        files.forEach(each);
        Object next = page.get("next_page_token");
        token = next == null ? "" : (String) next;
      }
    } while (!token.isEmpty());
  }
}
