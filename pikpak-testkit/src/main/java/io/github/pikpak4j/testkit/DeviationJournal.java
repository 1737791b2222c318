package io.github.pikpak4j.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The emulator's bounded, thread-safe record of accepted protocol deviations (the oldest dropped beyond the cap). */
final class DeviationJournal {
  static final int CAP = 1_000;
  private final Deque<Deviation> entries = new ArrayDeque<>();

  void record(ApiCall call, String rule, String detail) {
    record(new Deviation(rule, call.method(), call.path(), detail));
  }

  synchronized void record(Deviation d) {
    if (entries.size() >= CAP) {
      entries.removeFirst();
    }
    entries.addLast(d);
  }

  synchronized List<Deviation> snapshot() {
    return List.copyOf(entries);
  }

  synchronized void clear() {
    entries.clear();
  }
}
