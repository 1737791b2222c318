package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands print only what the server confirmed: a batch or delete that did nothing for an id says so on stderr and
 * exits 1, checked against the emulator's state and journal.
 */
class NothingDoneCliTest {
  @TempDir Path dir;
  private PikPakEmulator emulator;
  private EmulatedDrive drive;
  private String notes;
  private String other;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().demoTree(false).start();
    drive = emulator.drive();
    String docs = drive.addFolder("", "Docs");
    notes = drive.addFile(docs, "notes.txt", 5, 1);
    other = drive.addFile(docs, "other.txt", 6, 2);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Result run(String... args) {
    return CliRun.demo(emulator, dir, args);
  }

  @Test
  void untrashOfAnEntryNotInTheTrashRestoresNothingAndExitsOne() {
    Result r = run("untrash", "id:" + notes);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("restored");
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("error: not restored").contains("not in the trash", "notes.txt", notes);
    assertThat(drive.isTrashed(notes)).isFalse();
  }

  @Test
  void untrashOfOneTrashedAndOneLiveEntryReportsBoth() throws IOException {
    drive.setTrashed(other, true);

    Result r = run("--json", "untrash", "id:" + notes, "id:" + other);

    assertThat(r.code()).isEqualTo(1);
    Map<String, Object> json = object(r.out());
    assertThat(json).containsEntry("ids", List.of(other)).containsEntry("not_done", List.of(notes));
    assertThat(drive.isTrashed(other)).isFalse();
    assertThat(r.err()).contains("not restored", notes).doesNotContain(other);
  }

  @Test
  void rmOfAnIdTheServerAcknowledgesButSkipsIsNotReportedAsTrashed() {
    emulator.driveFaults().skipInBatch(notes);

    Result r = run("rm", "/Docs/notes.txt", "/Docs/other.txt");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("trashed other.txt").doesNotContain("trashed notes.txt");
    assertThat(r.err()).startsWith("error: not trashed").contains("notes.txt");
    assertThat(drive.isTrashed(notes)).isFalse();
    assertThat(drive.isTrashed(other)).isTrue();
  }

  @Test
  void rmOfAFileWorksAndSaysSo() {
    Result r = run("rm", "/Docs/notes.txt");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("trashed notes.txt");
    assertThat(drive.isTrashed(notes)).isTrue();
  }

  @Test
  void shareRmOfADeletedShareDeletesNothingAndExitsOne() throws IOException {
    String id = (String) object(run("--json", "share", "create", "/Docs/notes.txt").out()).get("share_id");
    Result first = run("share", "rm", id);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("deleted 1 share(s)");

    Result again = run("share", "rm", id);

    assertThat(again.code()).isEqualTo(1);
    assertThat(again.out()).doesNotContain("deleted");
    assertThat(again.err()).startsWith("error: not deleted").contains(id);
    assertThat(emulator.requestCount("POST", "/drive/v1/share:batchDelete")).as("the second one sends nothing")
        .isEqualTo(1);
  }

  @Test
  void offlineRmOfAnUnknownIdDeletesNothingAndExitsOne() throws IOException {
    String id = (String) object(run("--json", "offline", "add", "https://example.com/a.bin").out()).get("id");

    Result r = run("offline", "rm", "VNOSUCHTASK", id);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("deleted 1 task(s)");
    assertThat(r.err()).startsWith("error: not deleted (no such task): VNOSUCHTASK");
    assertThat(emulator.offline().taskIds(emulator.demoUserId())).isEmpty();

    Result none = run("offline", "rm", "VNOSUCHTASK");
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.out()).isEmpty();
    assertThat(emulator.requestCount("DELETE", "/drive/v1/tasks")).as("nothing sent for an unknown id").isEqualTo(1);
  }

  @Test
  void aPutWhoseSessionIsUnreadableReplacesTheHalfMadeEntryAndKeepsTheName() throws IOException {
    byte[] b = new byte[20 * 1024 * 1024];
    new Random(3).nextBytes(b);
    Path f = Files.write(dir.resolve("m.bin"), b);
    emulator.ossFaults().failPartsFrom(2, 403);
    assertThat(run("put", f.toString()).code()).isEqualTo(1);
    assertThat(drive.find("/m.bin")).as("the half-made entry is kept for a resume").isPresent();
    try (var sessions = Files.list(dir.resolve("uploads"))) {
      for (Path s : sessions.toList()) {
        Files.writeString(s, "garbage");
      }
    }
    emulator.ossFaults().clear();

    Result r = run("--json", "put", f.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(object(r.out())).containsEntry("name", "m.bin");
    assertThat(drive.children(drive.root()).stream().map(drive::name)).containsExactly("Docs", "m.bin");
  }
}
