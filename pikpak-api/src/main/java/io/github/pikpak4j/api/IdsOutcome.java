package io.github.pikpak4j.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

  /** Copies the lists. */
  public IdsOutcome {
    done = List.copyOf(done);
    notDone = List.copyOf(notDone);
  }

  /**
   * Returns the requested ids worth sending: those there to act on before the call, each once.
   *
   * @param requested the ids asked for, in request order
   * @param before the ids there to act on
   * @return the ids to send, in request order
   */
  public static List<String> toSend(List<String> requested, Set<String> before) {
    return requested.stream().distinct().filter(before::contains).toList();
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
