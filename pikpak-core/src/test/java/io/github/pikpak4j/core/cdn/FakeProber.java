package io.github.pikpak4j.core.cdn;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A scripted prober: each authority answers as set (default: connection refused); records every URL probed. */
final class FakeProber implements CdnProber {
  final List<String> probed = new CopyOnWriteArrayList<>();
  private final Map<String, Object> script = new ConcurrentHashMap<>();
  private static final Object HANG = new Object();

  /** The host serves the file: 206 with this total after {@code ms}. */
  FakeProber serves(String authority, long total, long ms) {
    script.put(authority, new Answer(206, total, Duration.ofMillis(ms), null));
    return this;
  }

  /** The host answers with a status (e.g. 404 for another family). */
  FakeProber status(String authority, int status, long ms) {
    script.put(authority, new Answer(status, -1, Duration.ofMillis(ms), null));
    return this;
  }

  /** The host never answers (the future never completes). */
  FakeProber hangs(String authority) {
    script.put(authority, HANG);
    return this;
  }

  @Override
  public CompletableFuture<Answer> probe(String url, Duration timeout) {
    probed.add(url);
    String authority = CdnUrls.authorityOf(url);
    Object a = script.get(authority);
    if (a == HANG) {
      return new CompletableFuture<>();
    }
    if (a == null) {
      return CompletableFuture.completedFuture(Answer.failed(Duration.ofMillis(1), "ConnectException"));
    }
    return CompletableFuture.completedFuture((Answer) a);
  }

  long probesOf(String authority) {
    return probed.stream().filter(u -> CdnUrls.authorityOf(u).equals(authority)).count();
  }
}
