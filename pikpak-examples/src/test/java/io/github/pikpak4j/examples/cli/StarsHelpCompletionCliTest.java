package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.array;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** star, unstar, ls --starred, sync's question on a terminal, completion scripts and the layout of help. */
class StarsHelpCompletionCliTest {
  private PikPakEmulator emulator;
  private EmulatedDrive drive;

  @TempDir Path dir;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().demoTree(false).start();
    drive = emulator.drive();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Result run(String... args) {
    return CliRun.demo(emulator, dir, args);
  }

  @Test
  void starUnstarAndListTheStarred() throws IOException {
    String docs = drive.addFolder("", "Docs");
    String a = drive.addFile(docs, "a.txt", 3, 1);
    String b = drive.addFile("", "b.txt", 3, 2);

    Result star = run("--json", "star", "/Docs/a.txt", "/b.txt", "/Docs");
    assertThat(star.code()).as(star.err()).isZero();
    assertThat(array(star.out())).allSatisfy(e -> assertThat(e).containsEntry("starred", true));
    assertThat(drive.starred(a)).isTrue();
    assertThat(drive.starred(b)).isTrue();
    assertThat(drive.starred(docs)).isTrue();

    assertThat(run("unstar", "/Docs").code()).isZero();
    assertThat(drive.starred(docs)).isFalse();
    Result listed = run("--json", "ls", "--starred");
    assertThat(listed.code()).as(listed.err()).isZero();
    assertThat(array(listed.out())).extracting(e -> e.get("name")).containsExactlyInAnyOrder("a.txt", "b.txt");

    assertThat(run("star", "relative").code()).isEqualTo(2);
    assertThat(run("ls", "--starred", "/Docs").code()).isEqualTo(2);
  }

  @Test
  void syncAsksOnATerminalBeforeRemovingAndDeclinedRemovesNothing() throws IOException {
    String backup = drive.addFolder("", "Backup");
    String extra = drive.addFile(backup, "extra.txt", 4, 3);
    Path empty = java.nio.file.Files.createDirectories(dir.resolve("empty"));

    Result declined = CliRun.terminal(emulator, dir, "no\n", "sync", empty.toString(), "pikpak:/Backup");
    assertThat(declined.code()).isEqualTo(1);
    assertThat(declined.err()).contains("remove 1 entry to the trash on the drive? [y/N]");
    assertThat(drive.trashed(extra)).isFalse();

    Result yes = CliRun.terminal(emulator, dir, "", "sync", "-y", empty.toString(), "pikpak:/Backup");
    assertThat(yes.code()).as(yes.err()).isZero();
    assertThat(yes.err()).doesNotContain("[y/N]");
    assertThat(drive.trashed(extra)).isTrue();
  }

  @Test
  void completionScriptsComeFromTheCommandModel() {
    Result bash = run("completion", "bash");
    assertThat(bash.code()).as(bash.err()).isZero();
    assertThat(bash.out()).contains("complete -F").contains("copy").contains("sync").contains("--on-conflict")
        .contains("--transfers").contains("share");
    Result zsh = run("completion", "zsh");
    assertThat(zsh.code()).isZero();
    assertThat(zsh.out()).contains("bashcompinit");
    assertThat(run("completion", "fish").code()).isEqualTo(2);
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void aCommandsHelpShowsItsOwnOptionsBeforeTheGlobalOnes() {
    Result help = CliRun.raw(Map.of(), "put", "--help");
    assertThat(help.code()).isZero();
    String out = help.out();
    assertThat(out).contains("LOCAL... [DIR]");
    assertThat(out.indexOf("--on-conflict")).isLessThan(out.indexOf("Global options:"));
    assertThat(out.indexOf("Global options:")).isLessThan(out.indexOf("--username"));
    Result usage = CliRun.raw(Map.of(), "get", "--transfers", "x", "/a");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err()).contains("(see pikpak get --help)");
  }
}
