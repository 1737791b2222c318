package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server side survives a restart through {@link PikPakEmulator.Builder#stateDirectory(Path)}. */
class StateDirectoryTest {
  @TempDir Path dir;

  private PikPakEmulator start() {
    return PikPakEmulator.builder().stateDirectory(dir).start();
  }

  @Test
  void treeContentsTrashSharesAndAccountsSurviveARestart() throws IOException {
    byte[] text = "kept across runs\n".getBytes(StandardCharsets.UTF_8);
    String kept;
    String note;
    String big;
    String share;
    String friend;
    try (PikPakEmulator a = start()) {
      kept = a.addFolder(a.root(), "Kept");
      note = a.drive().addFile(kept, "note.txt", ContentSource.ofBytes(text));
      big = a.addFile(kept, "big.bin", 5L << 30, 77); // generated: kept as its recipe, not as 5 GiB
      a.drive().setTrashed(a.drive().find("/README.txt").orElseThrow(), true);
      a.drive().setStarred(note, true);
      share = a.shares().create(a.demoUserId(), List.of(kept), "1234");
      friend = a.addAccount("friend@example.com", "pw");
      a.drive(friend).addFolder("", "Friend's");
    }

    try (PikPakEmulator b = start()) {
      EmulatedDrive d = b.drive();
      assertThat(d.find("/Kept")).contains(kept);
      assertThat(d.find("/Kept/note.txt")).contains(note);
      assertThat(b.fileBytes(note)).isEqualTo(text);
      assertThat(d.node(note).starred).isTrue();
      assertThat(d.node(d.find("/README.txt").orElseThrow()).trashed).as("trash kept").isTrue();
      assertThat(d.content(big).size()).isEqualTo(5L << 30);
      byte[] tail = new byte[16];
      byte[] expected = new byte[16];
      d.content(big).read((5L << 30) - 16, tail, 0, 16);
      ContentSource.seeded(5L << 30, 77).read((5L << 30) - 16, expected, 0, 16);
      assertThat(tail).isEqualTo(expected);
      assertThat(d.find("/Documents")).as("the demo tree is not seeded again over a saved drive").isPresent();
      assertThat(b.shares().of(b.demoUserId())).containsExactly(share);
      assertThat(b.drive(friend).find("/Friend's")).isPresent();
      String next = b.addFolder(b.root(), "Next");
      assertThat(d.children(b.root())).as("new ids continue the saved counter").doesNotHaveDuplicates().contains(next);
    }

    try (Stream<Path> blobs = Files.list(dir.resolve(StateSnapshot.BLOBS))) {
      assertThat(blobs.count())
          .as("only contents that are not generated are stored: note.txt and the demo's README.txt, notes.txt, empty.bin")
          .isEqualTo(4);
    }
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("state.json"))))
          .isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(StateSnapshot.BLOBS))))
          .isEqualTo("rwx------");
    }
  }

  @Test
  void aSaveOverTheSizeLimitFailsAndKeepsTheLastState() throws IOException {
    try (PikPakEmulator a = start()) {
      a.addFolder(a.root(), "Before");
    }
    String saved = Files.readString(dir.resolve("state.json"));
    PikPakEmulator b = PikPakEmulator.builder().stateDirectory(dir).stateSizeLimit(1024).start();
    b.drive().addFile(b.root(), "too-big.txt", ContentSource.ofBytes(new byte[2048]));
    assertThatThrownBy(b::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("1024");
    assertThat(Files.readString(dir.resolve("state.json"))).isEqualTo(saved);
    try (PikPakEmulator c = start()) {
      assertThat(c.drive().find("/Before")).isPresent();
      assertThat(c.drive().find("/too-big.txt")).isEmpty();
    }
  }

  @Test
  void anUnknownVersionFailsTheStart() throws IOException {
    Files.writeString(dir.resolve("state.json"), "{\"version\":2}");
    assertThatThrownBy(this::start)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("malformed emulator state");
  }

  @Test
  void aTrashedFileDeletedForGoodLosesItsBlob() throws IOException {
    String id;
    try (PikPakEmulator a = start()) {
      id = a.drive().addFile(a.root(), "gone.txt", ContentSource.ofText("bye"));
    }
    try (PikPakEmulator b = start()) {
      b.drive().deletePermanently(id);
    }
    try (Stream<Path> blobs = Files.list(dir.resolve(StateSnapshot.BLOBS))) {
      assertThat(blobs.count()).as("only the demo tree's README.txt, notes.txt and empty.bin are left").isEqualTo(3);
    }
  }
}
