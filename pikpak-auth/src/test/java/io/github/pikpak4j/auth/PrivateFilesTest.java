package io.github.pikpak4j.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {
  @TempDir Path dir;

  @Test
  void aSecretFileIs0600FromTheFirstByteIn0700Directories() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("uploads/deep/abc.json");
    List<String> tempModes = new ArrayList<>();
    PrivateFiles.write(
        file,
        "{\"secret\":1}".getBytes(),
        (temp, target) -> {
          tempModes.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)));
          PrivateFiles.ATOMIC.move(temp, target);
        });
    assertThat(tempModes).containsExactly("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("uploads"))))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("uploads/deep"))))
        .isEqualTo("rwx------");
  }

  @Test
  void aFailedWriteNamesTheFileKeepsTheOldOneAndLeavesNoTemporary() throws IOException {
    Path file = dir.resolve("x.part.json");
    PrivateFiles.write(file, "old".getBytes());
    assertThatThrownBy(
            () ->
                PrivateFiles.write(
                    file,
                    "new".getBytes(),
                    (temp, target) -> {
                      throw new IOException("No space left on device");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("No space left on device");
    assertThat(Files.readString(file)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.part.json");
    }
  }
}
