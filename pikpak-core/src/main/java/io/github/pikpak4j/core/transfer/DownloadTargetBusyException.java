package io.github.pikpak4j.core.transfer;

import io.github.pikpak4j.api.PikPakException;
import java.nio.file.Path;

/**
 * Another download (in this process or another one) is writing the same target right now. Nothing was touched: the
 * other download's partial file and resume state are left as they are. Wait for it to finish, or choose another
 * target.
 */
public class DownloadTargetBusyException extends PikPakException {

  private final transient Path target;

  /**
   * Creates the exception.
   *
   * @param target the download target
   * @param message human text naming the target
   */
  public DownloadTargetBusyException(Path target, String message) {
    super(message);
    this.target = target;
  }

  /**
   * Returns the target another download holds.
   *
   * @return the target path
   */
  public Path target() {
    return target;
  }
}
