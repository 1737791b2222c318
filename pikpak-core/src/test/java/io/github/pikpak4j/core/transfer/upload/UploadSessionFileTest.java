package io.github.pikpak4j.core.transfer.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved upload holds the OSS secret and STS token: private from the first byte (issue 11, row 11). */
class UploadSessionFileTest {
  @TempDir Path dir;

  private static UploadSession session(Path file) {
    return new UploadSession(file, 10, 1, "m.bin", "", "G", "f1", "oss.example", "b", "k", "AKID", "OSS-SECRET",
        "STS-TOKEN", null, 0, "", List.of());
  }

  @Test
  void theFileIs0600InA0700DirectoryAndNoTemporaryIsLeft() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path target = dir.resolve("uploads").resolve("abc.json");
    session(dir.resolve("m.bin").toAbsolutePath()).save(target);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.getParent()))).isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("abc.json");
    }
    assertThat(UploadSession.load(target).accessKeySecret()).isEqualTo("OSS-SECRET");
  }
}
