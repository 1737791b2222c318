package io.github.pikpak4j.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A bounded, thread-safe list of recorded requests (the oldest are dropped beyond the cap). */
final class RequestJournal {
  private static final int CAP = 20_000;
  private final Deque<RecordedRequest> entries = new ArrayDeque<>();

  synchronized void add(RecordedRequest r) {
    if (entries.size() >= CAP) {
      entries.removeFirst();
    }
    entries.addLast(r);
  }

  synchronized List<RecordedRequest> snapshot() {
    return List.copyOf(new ArrayList<>(entries));
  }

  synchronized int count(String method, String path) {
    int n = 0;
    for (RecordedRequest r : entries) {
      if (r.method().equalsIgnoreCase(method) && r.path().equals(path)) {
        n++;
      }
    }
    return n;
  }

  synchronized void clear() {
    entries.clear();
  }
}
