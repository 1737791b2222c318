package io.github.pikpak4j.testkit;

import java.io.IOException;

/** Shares: share info and pass-code tokens, detail listing, file info, restore, create, list, delete. Not yet emulated: claims no call. */
final class ShareRoutes implements DriveRoutes {
  private final EmulatorState state;
  private final RequestGuard guard;

  ShareRoutes(EmulatorState state, RequestGuard guard) {
    this.state = state;
    this.guard = guard;
  }

  @Override
  public boolean handle(ApiCall call) throws IOException {
    return false;
  }
}
