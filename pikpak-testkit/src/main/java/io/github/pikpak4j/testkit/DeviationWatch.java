package io.github.pikpak4j.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Which emulators were started inside each open scope of {@link DeviationCheckExtension} (a test class, a test). Holds
 * nothing while no scope is open, so emulators started outside JUnit are never retained.
 */
final class DeviationWatch {
  private static final Deque<List<PikPakEmulator>> scopes = new ArrayDeque<>();

  private DeviationWatch() {}

  static synchronized void begin() {
    scopes.push(new ArrayList<>());
  }

  static synchronized void started(PikPakEmulator emulator) {
    List<PikPakEmulator> top = scopes.peek();
    if (top != null) {
      top.add(emulator);
    }
  }

  /** Closes the innermost scope and returns the emulators started in it. */
  static synchronized List<PikPakEmulator> end() {
    List<PikPakEmulator> top = scopes.poll();
    return top == null ? List.of() : top;
  }
}
