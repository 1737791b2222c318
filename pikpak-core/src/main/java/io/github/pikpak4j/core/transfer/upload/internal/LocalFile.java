package io.github.pikpak4j.core.transfer.upload.internal;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.transfer.upload.SourceChangedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** A local file to upload, checked, with the size and modification time it had. */
record LocalFile(Path path, long size, long modifiedMillis) {

  /** Checks that the file can be uploaded; fails with a clear {@link InvalidInputException}. */
  static LocalFile inspect(Path file) {
    Path p = file.toAbsolutePath().normalize();
    if (!Files.exists(p)) {
      throw new InvalidInputException("no such file: " + file);
    }
    if (Files.isDirectory(p)) {
      throw new InvalidInputException(file + " is a directory; give a file");
    }
    if (!Files.isRegularFile(p)) {
      throw new InvalidInputException(file + " is not a regular file");
    }
    if (!Files.isReadable(p)) {
      throw new InvalidInputException("cannot read " + file + ": permission denied");
    }
    try {
      return new LocalFile(p, Files.size(p), Files.getLastModifiedTime(p, new LinkOption[0]).toMillis());
    } catch (IOException e) {
      throw new InvalidInputException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Fails with {@link SourceChangedException} when size or modification time changed. */
  void checkUnchanged() {
    long s;
    long m;
    try {
      s = Files.size(path);
      m = Files.getLastModifiedTime(path).toMillis();
    } catch (IOException e) {
      throw new SourceChangedException(path + " can no longer be read: " + e.getMessage(), e);
    }
    if (s != size) {
      throw new SourceChangedException(
          path + " changed size while it was uploaded (" + size + " bytes, now " + s + ")", null);
    }
    if (m != modifiedMillis) {
      throw new SourceChangedException(path + " was modified while it was uploaded", null);
    }
  }
}
