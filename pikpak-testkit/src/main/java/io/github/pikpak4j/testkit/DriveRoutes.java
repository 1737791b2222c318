package io.github.pikpak4j.testkit;

import java.io.IOException;

/**
 * A group of drive-listener routes owned by one feature (drive operations, uploads, offline tasks, shares). The drive
 * handler offers every call it does not route itself to each group in turn; {@code POST /drive/v1/files} is shared by
 * folder creation ({@code kind=drive#folder}), uploads ({@code UPLOAD_TYPE_RESUMABLE}) and offline tasks ({@code
 * UPLOAD_TYPE_URL}), so each group claims only the bodies that are its own.
 */
interface DriveRoutes {
  /**
   * Handles the call and returns true, or returns false (having sent nothing) when the call is not this group's.
   *
   * @param call the request
   * @return whether the call was handled
   * @throws IOException when the response cannot be written
   */
  boolean handle(ApiCall call) throws IOException;
}
