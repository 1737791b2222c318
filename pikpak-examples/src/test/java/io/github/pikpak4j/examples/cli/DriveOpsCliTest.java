package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.array;
import static io.github.pikpak4j.examples.cli.CliRun.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** mkdir, rename, mv, cp, rm, untrash, empty-trash and ls --trash, in-process against the emulator. */
class DriveOpsCliTest {
  private PikPakEmulator emulator;
  private EmulatedDrive drive;
  private String docs;
  private String notes;

  @TempDir Path dir;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().demoTree(false).start();
    drive = emulator.drive();
    docs = drive.addFolder("", "Docs");
    notes = drive.addFile(docs, "notes.txt", 5, 1);
    drive.addFile(drive.addFolder(docs, "Sub"), "a.txt", 3, 2);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Result run(String... args) {
    return CliRun.demo(emulator, dir, args);
  }

  @Test
  void mkdirReportsTheServersRenameAndMkdirPCreatesParents() throws IOException {
    Result first = run("--json", "mkdir", "/Docs/New");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(object(first.out())).containsEntry("name", "New").containsEntry("kind", "folder")
        .containsEntry("renamed", false).containsKeys("id", "size", "hash", "parent_id", "modified_time");
    emulator.reset();
    Result second = run("--json", "mkdir", "/Docs/New");
    assertThat(second.code()).as("an existing name without -p fails, as mkdir does").isEqualTo(1);
    assertThat(second.err()).startsWith("error: /Docs/New exists");
    assertThat(emulator.requestCount("POST", "/drive/v1/files")).isZero();
    assertThat(drive.children(docs).stream().map(drive::name)).containsOnlyOnce("New").doesNotContain("New(1)");
    Result existingP = run("--json", "mkdir", "-p", "/Docs/New");
    assertThat(existingP.code()).as(existingP.err()).isZero();
    assertThat(object(existingP.out())).containsEntry("id", drive.find("/Docs/New").orElseThrow());

    Result deep = run("--json", "mkdir", "-p", "/A/B/C");
    assertThat(deep.code()).as(deep.err()).isZero();
    assertThat(drive.find("/A/B/C")).contains((String) object(deep.out()).get("id"));
    Result missingParent = run("mkdir", "/X/Y");
    assertThat(missingParent.code()).isEqualTo(1);
    assertThat(missingParent.err()).startsWith("error: ").contains("/X");
  }

  @Test
  void renameMvCpRmUntrashAndEmptyTrash() throws IOException {
    assertThat(run("rename", "/Docs/notes.txt", "todo.txt").code()).isZero();
    assertThat(drive.name(notes)).isEqualTo("todo.txt");

    assertThat(run("mkdir", "/Target").code()).isZero();
    drive.addFile(drive.find("/Target").orElseThrow(), "todo.txt", 1, 9);
    Result cp = run("--json", "cp", "/Docs/todo.txt", "/Docs/Sub", "/Target");
    assertThat(cp.code()).as(cp.err()).isZero();
    assertThat(array(cp.out())).extracting(e -> e.get("name"), e -> e.get("renamed"))
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("todo(1).txt", true),
            org.assertj.core.groups.Tuple.tuple("Sub", false));

    Result mv = run("mv", "/Docs/todo.txt", "/Target/Sub");
    assertThat(mv.code()).as(mv.err()).isZero();
    assertThat(mv.out()).contains("moved todo.txt -> /Target/Sub/todo.txt");
    assertThat(drive.find("/Target/Sub/todo.txt")).contains(notes);

    Result rm = run("--json", "rm", "/Target/Sub/todo.txt", "/Docs/Sub");
    assertThat(rm.code()).as(rm.err()).isZero();
    assertThat(object(rm.out())).containsKeys("task_id", "ids").containsEntry("phase", "COMPLETE");
    Result trash = run("--json", "ls", "--trash");
    assertThat(array(trash.out())).extracting(e -> e.get("name")).containsExactlyInAnyOrder("todo.txt", "Sub");

    Result untrash = run("untrash", "/Target/Sub/todo.txt");
    assertThat(untrash.code()).as(untrash.err()).isZero();
    assertThat(array(run("--json", "ls", "--trash").out())).extracting(e -> e.get("name")).containsExactly("Sub");

    Result declined = CliRun.terminal(emulator, dir, "n\n", "empty-trash");
    assertThat(declined.code()).isEqualTo(1);
    assertThat(declined.err()).contains("empty the trash?").contains("not confirmed");
    assertThat(array(run("--json", "ls", "--trash").out())).isNotEmpty();
    Result confirmed = CliRun.terminal(emulator, dir, "y\n", "empty-trash");
    assertThat(confirmed.code()).as(confirmed.err()).isZero();
    assertThat(array(run("--json", "ls", "--trash").out())).isEmpty();
    assertThat(run("empty-trash").code()).as("no terminal: nothing to ask").isZero();
    assertThat(drive.find("/Docs/Sub")).isEmpty();

    Result permanent = run("rm", "--permanent", "/Target/Sub/todo.txt");
    assertThat(permanent.code()).as(permanent.err()).isZero();
    assertThat(drive.find("/Target/Sub/todo.txt")).isEmpty();
    assertThat(array(run("--json", "ls", "--trash").out())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "mv /Docs /Docs/Sub|into itself",
      "cp /Docs /Docs|into itself",
      "rename /Docs/notes.txt a/b|'/'",
      "rename /Docs/notes.txt ..|'..'",
      "mkdir /Docs/..|'..'",
      "mkdir relative/path|absolute",
      "rm /|root",
      "mkdir /|root"
  })
  void badInputExitsWith2BeforeAnyRequest(String command, String message) {
    Result r = run(command.split(" "));
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").contains(message);
    assertThat(emulator.requests()).isEmpty();
    assertThat(drive.find("/Docs/notes.txt")).contains(notes);
  }

  @Test
  void emptyAndTooLongNamesExitWith2() {
    Result empty = run("rename", "/Docs/notes.txt", "");
    assertThat(empty.code()).isEqualTo(2);
    Result tooLong = run("mkdir", "/" + "x".repeat(256));
    assertThat(tooLong.code()).isEqualTo(2);
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void aMissingPathIsAFailureWithExit1AndNothingChanges() {
    Result r = run("mv", "/Docs/missing.txt", "/Docs/Sub");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no such path: /Docs/missing.txt");
    assertThat(emulator.requestCount("POST", "/drive/v1/files:batchMove")).isZero();
  }
}
