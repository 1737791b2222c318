package io.github.pikpak4j.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a call on many ids did, id by id, as checked by looking the ids up before and after it: the server
 * acknowledges such calls as a whole and stays silent about ids it left alone (unknown, already gone).
 *
 * <pre>{@code
 * IdsOutcome o = client.shares().delete(List.of(a, b));
 * if (o.nothingDone()) System.err.println("nothing deleted: " + o.notDone());
 * }</pre>
 *
 * @param done the ids acted on, in request order
 * @param notDone the ids left alone (unknown, or not in a state the call acts on), in request order
 */
public record IdsOutcome(List<String> done, List<String> notDone) {

  /**
   * Copies the lists.
   *
   * @param done the ids acted on, in request order
   * @param notDone the ids left alone (unknown, or not in a state the call acts on), in request order
   */
  public IdsOutcome {
    done = List.copyOf(done);
    notDone = List.copyOf(notDone);
  }

  /**
   * Runs a call on ids between two listings: the ids listed before are sent (each once; nothing is sent when none is
   * listed), and an id counts as done when it is gone from the listing after.
   *
   * @param requested the ids asked for, in request order
   * @param listing lists the ids there to act on
   * @param send sends the call for the given ids
   * @return the outcome
   */
  public static IdsOutcome sendListed(
      List<String> requested, Supplier<Set<String>> listing, Consumer<List<String>> send) {
    return Futures.settledValue(
        sendListedAsync(
            requested,
            () -> CompletableFuture.completedFuture(listing.get()),
            ids -> {
              send.accept(ids);
              return CompletableFuture.completedFuture(null);
            }));
  }

  /**
   * As {@link #sendListed}, composing futures without blocking.
   *
   * @param requested the ids asked for, in request order
   * @param listing starts a listing of the ids there to act on
   * @param send starts the call for the given ids
   * @return the outcome; fails as the listing or the call fails
   */
  public static CompletableFuture<IdsOutcome> sendListedAsync(
      List<String> requested,
      Supplier<? extends CompletableFuture<Set<String>>> listing,
      Function<List<String>, ? extends CompletableFuture<?>> send) {
    return listing
        .get()
        .thenCompose(
            before -> {
              List<String> toSend = requested.stream().distinct().filter(before::contains).toList();
              if (toSend.isEmpty()) {
                return CompletableFuture.completedFuture(of(requested, before, before));
              }
              return send.apply(toSend)
                  .thenCompose(v -> listing.get())
                  .thenApply(after -> of(requested, before, after));
            });
  }

  /**
   * Sorts requested ids by what the look-ups showed: an id is done when it was there to act on before the call and
   * is gone after it.
   *
   * @param requested the ids of the call, in request order (duplicates kept once)
   * @param before the ids there to act on before the call
   * @param after the ids still there after the call
   * @return the outcome
   */
  public static IdsOutcome of(List<String> requested, Set<String> before, Set<String> after) {
    List<String> done = new ArrayList<>();
    List<String> notDone = new ArrayList<>();
    requested.stream()
        .distinct()
        .forEach(id -> (before.contains(id) && !after.contains(id) ? done : notDone).add(id));
    return new IdsOutcome(done, notDone);
  }

  /**
   * Returns whether ids were asked for and none was acted on.
   *
   * @return {@code true} when {@link #done()} is empty and {@link #notDone()} is not
   */
  public boolean nothingDone() {
    return done.isEmpty() && !notDone.isEmpty();
  }
}
