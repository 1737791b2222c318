package io.github.pikpak4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadStateTest {
  @Test
  void roundTripsAtomicallyAndRejectsGarbage(@TempDir Path dir) throws Exception {
    BitSet done = new BitSet();
    done.set(0);
    done.set(5, 9);
    Path file = dir.resolve("a.bin.part.json");
    new DownloadState("VNx", "original", 12345, "ABC", 1 << 20, done).write(file);
    DownloadState read = DownloadState.read(file);
    assertThat(read).isNotNull();
    assertThat(read.done()).isEqualTo(done);
    assertThat(read.sameContent("VNx", "original", 12345, "ABC")).isTrue();
    assertThat(read.sameContent("VNx", "media:m1", 12345, "ABC")).isFalse();
    assertThat(Files.readString(file)).doesNotContain("http").contains("\"file_id\":\"VNx\"");
    assertThat(dir.resolve("a.bin.part.json.tmp")).doesNotExist();
    Files.writeString(file, "{not json");
    assertThat(DownloadState.read(file)).isNull();
    assertThat(DownloadState.read(dir.resolve("missing"))).isNull();
  }
}
