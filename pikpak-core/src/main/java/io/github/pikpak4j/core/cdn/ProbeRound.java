package io.github.pikpak4j.core.cdn;

import io.github.pikpak4j.core.cdn.CdnProber.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One concurrent probe of several hosts for one link. Every probe starts at once; a host is verified when it answers
 * 206 with the expected total size (the known size, else the size the link's own host reports). The first verified
 * eligible host decides the round (among answers already in hand, the lowest latency), so the caller waits for the
 * fastest serving node, not the slowest; the other probes run on to their timeout and feed {@code onVerified}.
 */
final class ProbeRound {

  /** One probed host. */
  static final class Slot {
    final CdnHost host;
    final String url;
    final boolean original;
    final boolean eligible;
    @Nullable CompletableFuture<Answer> future;
    @Nullable Answer answer;
    @Nullable Boolean ok;
    @Nullable String error;
    boolean notified;

    Slot(CdnHost host, String url, boolean original, boolean eligible) {
      this.host = host;
      this.url = url;
      this.original = original;
      this.eligible = eligible;
    }

    String authority() {
      return host.authority();
    }

    Duration latency() {
      return answer == null ? Duration.ofDays(1) : answer.latency();
    }
  }

  private final List<Slot> slots;
  private final long expected;
  private final Predicate<String> demoted;
  private final Consumer<Slot> onVerified;
  private final CompletableFuture<@Nullable Slot> first = new CompletableFuture<>();
  private final CompletableFuture<Void> all = new CompletableFuture<>();
  private long reference;
  private boolean originalFailed;
  private boolean armed;
  private int done;
  private @Nullable Slot winner;

  ProbeRound(List<Slot> slots, long expected, Predicate<String> demoted, Consumer<Slot> onVerified) {
    this.slots = List.copyOf(slots);
    this.expected = expected;
    this.reference = expected;
    this.demoted = demoted;
    this.onVerified = onVerified;
  }

  /**
   * Starts every probe at once.
   *
   * @param prober sends the probes
   * @param timeout per-probe timeout
   * @return this
   */
  ProbeRound start(CdnProber prober, Duration timeout) {
    for (Slot s : slots) {
      s.future = prober.probe(s.url, timeout);
    }
    for (Slot s : slots) {
      s.future.whenComplete(
          (a, t) -> answered(s, a != null ? a : Answer.failed(Duration.ZERO, t == null ? "no answer" : describe(t))));
    }
    synchronized (this) {
      armed = true;
      evaluate();
    }
    return this;
  }

  static String describe(Throwable t) {
    String name = t.getClass().getSimpleName();
    return name.isEmpty() ? "error" : name;
  }

  private synchronized void answered(Slot s, Answer a) {
    if (s.answer != null) {
      return;
    }
    s.answer = a;
    done++;
    classify(s);
    if (s.original && expected < 0) {
      if (Boolean.TRUE.equals(s.ok)) {
        reference = a.totalSize();
      } else {
        originalFailed = true;
      }
      for (Slot o : slots) {
        if (o != s && o.answer != null && o.ok == null) {
          classify(o);
        }
      }
    }
    if (armed) {
      evaluate();
    }
  }

  private void classify(Slot s) {
    Answer a = s.answer;
    if (a == null) {
      return;
    }
    if (a.status() == 0) {
      s.ok = false;
      s.error = a.error() != null ? a.error() : "no answer";
    } else if (a.status() != 206) {
      s.ok = false;
      s.error = "HTTP " + a.status() + (a.status() == 200 ? " (range ignored)" : "");
    } else if (a.totalSize() < 0) {
      s.ok = false;
      s.error = "no Content-Range total";
    } else if (s.original && expected < 0) {
      s.ok = true;
    } else if (reference >= 0) {
      s.ok = a.totalSize() == reference;
      s.error = s.ok ? null : "size " + a.totalSize() + " != " + reference;
    } else if (originalFailed) {
      s.ok = false;
      s.error = "unverified: the link's own host gave no size";
    } else {
      s.ok = null; // waits for the link's own host to report the size
    }
  }

  private void evaluate() {
    for (Slot s : slots) {
      if (Boolean.TRUE.equals(s.ok) && s.eligible && !s.notified) {
        s.notified = true;
        onVerified.accept(s);
      }
    }
    if (winner == null) {
      Slot best = null;
      for (Slot s : slots) {
        if (Boolean.TRUE.equals(s.ok) && s.eligible && !demoted.test(s.authority())
            && (best == null || s.latency().compareTo(best.latency()) < 0)) {
          best = s;
        }
      }
      if (best != null) {
        winner = best;
        first.complete(best);
      }
    }
    if (done == slots.size()) {
      first.complete(null);
      all.complete(null);
    }
  }

  /**
   * Waits for the first verified eligible host, or for every probe to end.
   *
   * @param guard the longest wait
   * @return the winner, or {@code null} when none qualified in time
   */
  @Nullable Slot awaitFirst(Duration guard) {
    return await(first, guard) ? first.getNow(null) : null;
  }

  /**
   * Waits for every probe to end.
   *
   * @param guard the longest wait
   */
  void awaitAll(Duration guard) {
    await(all, guard);
  }

  private static boolean await(CompletableFuture<?> f, Duration guard) {
    try {
      f.get(guard.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  /** Returns the lowest-latency verified eligible host that is not demoted now, or {@code null}. */
  synchronized @Nullable Slot best() {
    Slot best = null;
    for (Slot s : slots) {
      if (Boolean.TRUE.equals(s.ok) && s.eligible && !demoted.test(s.authority())
          && (best == null || s.latency().compareTo(best.latency()) < 0)) {
        best = s;
      }
    }
    return best;
  }

  /** Returns each host's result: serving hosts by latency, then the others by latency. */
  synchronized List<CdnProbeResult> results() {
    List<CdnProbeResult> out = new ArrayList<>();
    for (Slot s : slots) {
      Answer a = s.answer;
      boolean ok = Boolean.TRUE.equals(s.ok);
      String error = s.error;
      if (a == null) {
        error = "abandoned";
      } else if (s.ok == null) {
        error = "unverified";
      }
      Duration latency = a == null || a.status() == 0 ? null : a.latency();
      out.add(new CdnProbeResult(s.authority(), latency, ok, ok ? null : error, s.original));
    }
    out.sort(
        Comparator.comparing((CdnProbeResult r) -> !r.ok())
            .thenComparing(r -> r.latency() == null ? Duration.ofDays(1) : r.latency()));
    return out;
  }
}
