package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.core.hash.Gcid;
import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copy}, {@code sync} and {@code check} between a local directory and {@code pikpak:PATH}, both ways. */
class MirrorCliTest {
  private PikPakEmulator emulator;
  private EmulatedDrive drive;

  @TempDir Path dir;
  private Path src;

  @BeforeEach
  void start() throws IOException {
    emulator = PikPakEmulator.builder().demoTree(false).start();
    drive = emulator.drive();
    src = Files.createDirectories(dir.resolve("src"));
    write(src.resolve("a.txt"), 100, 1);
    write(Files.createDirectories(src.resolve("sub")).resolve("b.bin"), 5000, 2);
    write(Files.createDirectories(src.resolve("sub/deep")).resolve("c.bin"), 70_000, 3);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Result run(String... args) {
    return CliRun.demo(emulator, dir, args);
  }

  private static Path write(Path file, int size, long seed) throws IOException {
    return CliRun.randomFile(file, size, seed);
  }

  private String id(String path) {
    return drive.find(path).orElseThrow(() -> new AssertionError("not on the drive: " + path));
  }

  private int listings() {
    return emulator.requestCount("GET", "/drive/v1/files");
  }

  private int creates() {
    return emulator.requestCount("POST", "/drive/v1/files");
  }

  @Test
  void copyUploadsTheTreeAndASecondCopyTransfersNothing() throws IOException {
    Result first = run("--json", "copy", src.toString(), "pikpak:/Backup");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).isEmpty();
    Map<String, Object> m = object(first.out());
    assertThat(m.get("transferred")).isEqualTo(List.of("a.txt", "sub/b.bin", "sub/deep/c.bin"));
    assertThat(m).containsEntry("skipped", 0.0).containsEntry("deleted", List.of())
        .containsEntry("bytes", 75_100.0);
    for (String rel : List.of("a.txt", "sub/b.bin", "sub/deep/c.bin")) {
      String id = id("/Backup/" + rel);
      assertThat(drive.fileBytes(id)).isEqualTo(Files.readAllBytes(src.resolve(rel)));
      assertThat(drive.gcid(id)).isEqualToIgnoringCase(Gcid.of(src.resolve(rel)));
    }

    emulator.reset();
    Result second = run("--json", "copy", src.toString(), "pikpak:/Backup");
    assertThat(second.code()).as(second.err()).isZero();
    Map<String, Object> again = object(second.out());
    assertThat(again).containsEntry("transferred", List.of()).containsEntry("skipped", 3.0)
        .containsEntry("bytes", 0.0);
    assertThat(creates()).as("no upload, no folder created").isZero();
    assertThat(emulator.ossRequests()).isEmpty();
    // one listing per folder (Backup, sub, deep) and one of the root to resolve /Backup
    assertThat(listings()).isLessThanOrEqualTo(4);
    assertThat(dir.resolve(GcidCache.FILE_NAME)).exists();
    assertThat(Files.readAllLines(dir.resolve(GcidCache.FILE_NAME))).hasSize(3);
  }

  @Test
  void aDryRunChangesNothingAndAChangedFileIsReplacedWithTheOldOneInTheTrash() throws IOException {
    assertThat(run("copy", src.toString(), "pikpak:/Backup").code()).isZero();
    String oldA = id("/Backup/a.txt");
    write(src.resolve("a.txt"), 100, 99); // same size, other content: only the GCID tells
    write(src.resolve("new.txt"), 10, 4);

    emulator.reset();
    Result dry = run("--json", "copy", "--dry-run", src.toString(), "pikpak:/Backup");
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(object(dry.out()).get("transferred")).isEqualTo(List.of("a.txt", "new.txt"));
    assertThat(creates()).isZero();
    assertThat(emulator.requestCount("PATCH", "/drive/v1/files/" + oldA)).isZero();
    assertThat(emulator.ossRequests()).isEmpty();
    assertThat(drive.find("/Backup/new.txt")).isEmpty();
    assertThat(drive.trashed(oldA)).isFalse();

    Result real = run("--json", "copy", src.toString(), "pikpak:/Backup");
    assertThat(real.code()).as(real.err()).isZero();
    assertThat(object(real.out()).get("transferred")).isEqualTo(List.of("a.txt", "new.txt"));
    assertThat(drive.trashed(oldA)).as("the old content went to the trash").isTrue();
    String live = drive.children(id("/Backup")).stream()
        .filter(c -> drive.name(c).equals("a.txt") && !drive.trashed(c)).findFirst().orElseThrow();
    assertThat(drive.fileBytes(live)).isEqualTo(Files.readAllBytes(src.resolve("a.txt")));
    assertThat(drive.children(id("/Backup")).stream().map(drive::name))
        .noneMatch(n -> n.endsWith(Uploader.TEMPORARY_SUFFIX));
  }

  @Test
  void syncMovesExtrasOnTheDriveToTheTrashAfterADryRun() throws IOException {
    assertThat(run("copy", src.toString(), "pikpak:/Backup").code()).isZero();
    String extra = drive.addFile(id("/Backup/sub"), "extra.txt", 7, 5);
    String old = drive.addFolder(id("/Backup"), "old");
    String inOld = drive.addFile(old, "x.txt", 3, 6);

    Result dry = run("--json", "sync", "--dry-run", src.toString(), "pikpak:/Backup");
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(object(dry.out()).get("deleted")).isEqualTo(List.of("old", "sub/extra.txt"));
    assertThat(drive.trashed(extra)).isFalse();
    assertThat(drive.trashed(old)).isFalse();

    Result sync = run("--json", "sync", src.toString(), "pikpak:/Backup");
    assertThat(sync.code()).as(sync.err()).isZero();
    Map<String, Object> m = object(sync.out());
    assertThat(m.get("deleted")).isEqualTo(List.of("old", "sub/extra.txt"));
    assertThat(m.get("transferred")).isEqualTo(List.of());
    assertThat(drive.trashed(extra)).isTrue();
    assertThat(drive.trashed(old)).isTrue();
    assertThat(drive.trashed(inOld)).as("inside a trashed folder, not trashed on its own").isFalse();
    assertThat(src.resolve("a.txt")).exists();
  }

  @Test
  void aFailedTransferIsSummedUpAndSyncThenRemovesNothing() throws IOException {
    assertThat(run("copy", src.toString(), "pikpak:/Backup").code()).isZero();
    String extra = drive.addFile(id("/Backup"), "extra.txt", 7, 5);
    write(src.resolve("new.txt"), 10, 4);
    emulator.ossFaults().failSimplePut(100, 403);

    Result r = run("--json", "sync", src.toString(), "pikpak:/Backup");
    assertThat(r.code()).isEqualTo(1);
    assertThat(object(r.out())).containsEntry("transferred", List.of()).containsEntry("failed", 1.0)
        .containsEntry("deleted", List.of());
    assertThat(r.err()).contains("error: new.txt: ").contains("error: 1 of 1 transfers failed");
    assertThat(drive.trashed(extra)).as("DST keeps what SRC could not replace").isFalse();
  }

  @Test
  void checkExitsOneWhenAnythingDiffersAndListsWhat() throws IOException {
    assertThat(run("copy", src.toString(), "pikpak:/Backup").code()).isZero();
    Result same = run("--json", "check", src.toString(), "pikpak:/Backup");
    assertThat(same.code()).as(same.err()).isZero();
    assertThat(object(same.out())).containsEntry("missing_on_dst", List.of())
        .containsEntry("missing_on_src", List.of()).containsEntry("differ", List.of());

    write(src.resolve("sub/b.bin"), 5000, 77);
    write(src.resolve("only-local.txt"), 5, 8);
    drive.addFile(id("/Backup"), "only-remote.txt", 5, 9);
    Result differ = run("--json", "check", src.toString(), "pikpak:/Backup");
    assertThat(differ.code()).isEqualTo(1);
    assertThat(object(differ.out())).containsEntry("missing_on_dst", List.of("only-local.txt"))
        .containsEntry("missing_on_src", List.of("only-remote.txt")).containsEntry("differ", List.of("sub/b.bin"));
    assertThat(differ.err()).startsWith("error: ");

    Result reversed = run("--json", "check", "pikpak:/Backup", src.toString());
    assertThat(object(reversed.out())).containsEntry("missing_on_dst", List.of("only-remote.txt"));
  }

  @Test
  void copyFromTheDriveKeepsHostileNamesInsideTheDirectoryAndSyncDeletesLocalExtras() throws IOException {
    String remote = drive.addFolder("", "Remote");
    String f1 = drive.addFile(remote, "one.bin", 3000, 10);
    String sub = drive.addFolder(remote, "inner");
    String evil = drive.addFile(sub, "evil.bin", 50, 11);
    emulator.driveFaults().answerName(evil, "../../escape.bin");
    Path dest = dir.resolve("dest");

    Result r = run("--json", "copy", "pikpak:/Remote", dest.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllBytes(dest.resolve("one.bin"))).isEqualTo(drive.fileBytes(f1));
    assertThat(Files.readAllBytes(dest.resolve("inner/.._.._escape.bin"))).isEqualTo(drive.fileBytes(evil));
    try (var walk = Files.walk(dir)) {
      assertThat(walk.filter(p -> p.getFileName().toString().contains("escape")))
          .allMatch(p -> p.startsWith(dest));
    }

    emulator.reset();
    emulator.driveFaults().answerName(evil, "../../escape.bin");
    Result again = run("--json", "copy", "pikpak:/Remote", dest.toString());
    assertThat(object(again.out())).containsEntry("transferred", List.of()).containsEntry("skipped", 2.0);
    assertThat(emulator.cdnRequests()).isEmpty();

    write(dest.resolve("local-extra.txt"), 4, 12);
    Result sync = run("--json", "sync", "pikpak:/Remote", dest.toString());
    assertThat(sync.code()).as(sync.err()).isZero();
    assertThat(object(sync.out()).get("deleted")).isEqualTo(List.of("local-extra.txt"));
    assertThat(dest.resolve("local-extra.txt")).doesNotExist();
    assertThat(dest.resolve("one.bin")).exists();
  }

  @Test
  void badArgumentsExitTwoBeforeAnyRequest() {
    assertThat(run("copy", src.toString(), dir.toString()).code()).isEqualTo(2);
    assertThat(run("copy", "pikpak:/a", "pikpak:/b").code()).isEqualTo(2);
    assertThat(run("sync", dir.resolve("missing").toString(), "pikpak:/a").code()).isEqualTo(2);
    assertThat(run("check", src.toString(), "pikpak:relative").code()).isEqualTo(2);
    assertThat(run("copy", "--transfers", "0", src.toString(), "pikpak:/a").code()).isEqualTo(2);
    assertThat(emulator.requests()).isEmpty();
  }
}
