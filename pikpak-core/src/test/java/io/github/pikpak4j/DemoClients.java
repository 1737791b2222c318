package io.github.pikpak4j;

import io.github.pikpak4j.core.policy.RateLimit;
import io.github.pikpak4j.testkit.PikPakEmulator;
import io.github.pikpak4j.testkit.RecordedRequest;
import java.util.List;

/** The demo account's client against an emulator, and the last request of a path, for the emulator tests. */
final class DemoClients {
  private DemoClients() {}

  /** A client signed in lazily as the demo user, without rate limit, on the emulator's clock. */
  static PikPakClient of(PikPakEmulator emulator) {
    return builder(emulator).inMemorySession().build();
  }

  /** The builder of {@link #of} before its session store is chosen. */
  static PikPakClientBuilder builder(PikPakEmulator emulator) {
    return PikPakClient.builder()
        .userEndpoint(emulator.userBaseUrl())
        .driveEndpoint(emulator.driveBaseUrl())
        .username(PikPakEmulator.DEMO_USERNAME)
        .password(PikPakEmulator.DEMO_PASSWORD)
        .rateLimit(RateLimit.unlimited())
        .clock(emulator.clock());
  }

  /** The last API request the emulator received on this path. */
  static RecordedRequest last(PikPakEmulator emulator, String path) {
    List<RecordedRequest> all = emulator.requests();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).path().equals(path)) {
        return all.get(i);
      }
    }
    throw new AssertionError("no request to " + path);
  }
}
