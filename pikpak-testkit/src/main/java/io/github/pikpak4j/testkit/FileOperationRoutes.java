package io.github.pikpak4j.testkit;

import java.io.IOException;

/** Drive operations: create folder, rename, move, copy, trash, untrash, delete, empty trash, stars, batch tasks. Not yet emulated: claims no call. */
final class FileOperationRoutes implements DriveRoutes {
  private final EmulatorState state;
  private final RequestGuard guard;

  FileOperationRoutes(EmulatorState state, RequestGuard guard) {
    this.state = state;
    this.guard = guard;
  }

  @Override
  public boolean handle(ApiCall call) throws IOException {
    return false;
  }
}
