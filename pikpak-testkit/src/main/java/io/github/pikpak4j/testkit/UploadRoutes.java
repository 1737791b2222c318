package io.github.pikpak4j.testkit;

import java.io.IOException;

/** Uploads: the create call with instant upload by hash (the OSS endpoint lives on its own listener). Not yet emulated: claims no call. */
final class UploadRoutes implements DriveRoutes {
  private final EmulatorState state;
  private final RequestGuard guard;

  UploadRoutes(EmulatorState state, RequestGuard guard) {
    this.state = state;
    this.guard = guard;
  }

  @Override
  public boolean handle(ApiCall call) throws IOException {
    return false;
  }
}
