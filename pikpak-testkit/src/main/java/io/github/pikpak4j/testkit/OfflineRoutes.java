package io.github.pikpak4j.testkit;

import java.io.IOException;

/** Offline (cloud) download tasks: create, list, get, retry, delete. Not yet emulated: claims no call. */
final class OfflineRoutes implements DriveRoutes {
  private final EmulatorState state;
  private final RequestGuard guard;

  OfflineRoutes(EmulatorState state, RequestGuard guard) {
    this.state = state;
    this.guard = guard;
  }

  @Override
  public boolean handle(ApiCall call) throws IOException {
    return false;
  }
}
