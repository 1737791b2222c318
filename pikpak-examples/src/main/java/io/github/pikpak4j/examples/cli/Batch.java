package io.github.pikpak4j.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs the transfers of one command, {@code --transfers} at a time. A failed transfer does not stop the others: its
 * error is shown on stderr as one line naming the file, and {@link #finish()} fails the command (exit 1) after the
 * summary when any failed. The connections of parallel downloads come out of the client's one connection budget.
 */
final class Batch {
  private final int threads;
  private final Feedback feedback;
  private final List<String> failed = Collections.synchronizedList(new ArrayList<>());

  /**
   * Creates the runner.
   *
   * @param threads how many transfers run at once, 1 to 32
   * @param feedback where per-file errors are shown
   */
  Batch(int threads, Feedback feedback) {
    this.threads = checkTransfers(threads);
    this.feedback = feedback;
  }

  /**
   * Checks a {@code --transfers} value before any request.
   *
   * @param transfers the value
   * @return the value
   * @throws io.github.pikpak4j.api.InvalidInputException when outside 1 to 32
   */
  static int checkTransfers(int transfers) {
    if (transfers < 1 || transfers > 32) {
      throw new io.github.pikpak4j.api.InvalidInputException(
          "--transfers must be between 1 and 32, got " + transfers);
    }
    return transfers;
  }

  /**
   * Runs {@code work} on every item and waits for all of them.
   *
   * @param count how many items, started in order of their index
   * @param name how to name an item in an error line (a local or drive path)
   * @param work the transfer of one item
   */
  void run(int count, IntFunction<String> name, IntConsumer work) {
    if (count == 0) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), r -> {
      Thread t = new Thread(r, "pikpak-transfer");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int item = i;
        futures.add(pool.submit(() -> {
          try {
            work.accept(item);
          } catch (RuntimeException e) {
            String label = TerminalText.safe(name.apply(item));
            failed.add(label);
            // Feedback.error masks secrets and escapes control characters, as the error reporter does.
            feedback.error(ErrorReporter.format(e).replaceFirst("^error: ", java.util.regex.Matcher.quoteReplacement(
                "error: " + label + ": ")));
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailedException("interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Returns how many items failed so far. */
  int failures() {
    return failed.size();
  }

  /**
   * Fails the command when any item failed.
   *
   * @param total how many items there were
   * @throws CommandFailedException naming the count
   */
  void finish(int total) {
    if (!failed.isEmpty()) {
      throw new CommandFailedException(failed.size() + " of " + total + " transfers failed");
    }
  }
}
