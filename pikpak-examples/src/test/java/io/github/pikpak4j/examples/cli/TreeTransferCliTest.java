package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.array;
import static io.github.pikpak4j.examples.cli.CliRun.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code get PATH... [-r]}, {@code -o -}, {@code put LOCAL... [DIR] [-r] [--on-conflict]}, share get, progress. */
class TreeTransferCliTest {
  private PikPakEmulator emulator;
  private EmulatedDrive drive;
  private String album;

  @TempDir Path dir;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().demoTree(false).start();
    drive = emulator.drive();
    album = drive.addFolder("", "Album");
    drive.addFile(album, "one.bin", 3000, 1);
    drive.addFile(drive.addFolder(album, "Disc 2"), "two.bin", 200_000, 2);
    drive.addFile("", "loose.txt", 12, 3);
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

  private List<String> liveNames(String folderId) {
    return drive.children(folderId).stream().filter(c -> !drive.trashed(c)).map(drive::name).sorted().toList();
  }

  @Test
  void getRecursiveKeepsTheTreeAndSeveralPathsGoIntoDest() throws IOException {
    Path dest = Files.createDirectories(dir.resolve("dest"));
    Result r = run("--json", "get", "-r", "/Album", "/loose.txt", "-o", dest.toString(), "--transfers", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(array(r.out())).hasSize(3).allSatisfy(m -> assertThat(m).containsKeys("path", "bytes", "hash",
        "connections", "seconds"));
    assertThat(Files.readAllBytes(dest.resolve("Album/one.bin"))).isEqualTo(drive.fileBytes(id("/Album/one.bin")));
    assertThat(Files.readAllBytes(dest.resolve("Album/Disc 2/two.bin")))
        .isEqualTo(drive.fileBytes(id("/Album/Disc 2/two.bin")));
    assertThat(Files.readAllBytes(dest.resolve("loose.txt"))).isEqualTo(drive.fileBytes(id("/loose.txt")));

    Result human = run("get", "-r", "/Album", "-o", dir.resolve("dest2").toString());
    assertThat(human.code()).as("DEST must exist").isEqualTo(2);
    Files.createDirectories(dir.resolve("dest2"));
    human = run("get", "-r", "/Album", "-o", dir.resolve("dest2").toString());
    assertThat(human.code()).as(human.err()).isZero();
    assertThat(human.out().lines()).as(human.out()).hasSize(1).first().asString().startsWith("downloaded 2 files");

    Result folder = run("get", "/Album", "-o", dest.toString());
    assertThat(folder.code()).isEqualTo(1);
    assertThat(folder.err()).contains("-r");
  }

  @Test
  void hostileRemoteNamesStayInsideDestForGetRecursive() throws IOException {
    String evilFolder = drive.addFolder(album, "evil");
    String evilFile = drive.addFile(evilFolder, "f.bin", 40, 4);
    emulator.driveFaults().answerName(evilFolder, "../../up");
    emulator.driveFaults().answerName(evilFile, "../x");
    Path dest = Files.createDirectories(dir.resolve("dest"));
    Result r = run("get", "-r", "/Album", "-o", dest.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllBytes(dest.resolve("Album/.._.._up/.._x"))).isEqualTo(drive.fileBytes(evilFile));
    try (Stream<Path> walk = Files.walk(dir)) {
      assertThat(walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(dest))
          .map(p -> dir.relativize(p).toString())).allMatch(p -> p.startsWith("session") || p.startsWith("sandbox"));
    }

    String dots = drive.addFile(album, "dots.bin", 10, 13);
    emulator.driveFaults().answerName(dots, "..");
    Path other = Files.createDirectories(dir.resolve("other"));
    Result left = run("get", "-r", "/Album", "-o", other.toString());
    assertThat(left.code()).as("a name that cannot be local is left out and reported").isEqualTo(1);
    assertThat(left.err()).contains("/Album/..: the name cannot be a local file name");
    assertThat(other.resolve("Album/one.bin")).exists();
    try (Stream<Path> walk = Files.walk(dir)) {
      assertThat(walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith("dots"))).isEmpty();
    }
  }

  @Test
  void dashStreamsOneFileToStdoutAndWritesNoFile() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PikPakCli.run(new String[] {"--user-endpoint", emulator.userBaseUrl(), "--drive-endpoint",
        emulator.driveBaseUrl(), "--username", PikPakEmulator.DEMO_USERNAME, "--password", PikPakEmulator.DEMO_PASSWORD,
        "--session", dir.resolve("session.json").toString(), "get", "/Album/Disc 2/two.bin", "-o", "-"},
        new PrintStream(out, true), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("HOME", dir.toString()));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toByteArray()).isEqualTo(drive.fileBytes(id("/Album/Disc 2/two.bin")));
    assertThat(Path.of("-")).doesNotExist();
    assertThat(Path.of("-.part")).doesNotExist();
    assertThat(run("get", "/loose.txt", "/Album/one.bin", "-o", "-").code()).isEqualTo(2);
  }

  @Test
  void continueTakesAnExistingShorterFileAsTheFirstBytes() throws IOException {
    String big = drive.addFile(album, "big.bin", 3 << 20, 12);
    byte[] content = drive.fileBytes(big);
    Path target = dir.resolve("big.bin");
    Files.write(target, java.util.Arrays.copyOf(content, 1_600_000)); // another program stopped here
    assertThat(run("get", "/Album/big.bin", "-o", target.toString()).code()).as("exists").isEqualTo(2);
    Result r = run("--json", "get", "/Album/big.bin", "-o", target.toString(), "--continue");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    // the whole 1 MiB chunks of the prefix are kept; the whole file is verified
    assertThat(object(r.out())).containsEntry("resumed_bytes", (double) (1 << 20))
        .containsEntry("hash", drive.gcid(big));
  }

  @Test
  void aMissingDirectoryOfTheOutputFileIsExitTwoBeforeAnyRequest() {
    Result r = run("get", "/loose.txt", "-o", dir.resolve("nonexistent-dir/x").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").contains("does not exist");
    assertThat(emulator.requests()).isEmpty();
    assertThat(dir.resolve("nonexistent-dir")).doesNotExist();
  }

  @Test
  void putRecursiveUploadsTreesAndTheConflictModesDoWhatTheySay() throws IOException {
    Path tree = Files.createDirectories(dir.resolve("photos/2025"));
    write(tree.resolve("a.jpg"), 1000, 5);
    write(dir.resolve("photos/b.jpg"), 2000, 6);
    Path single = write(dir.resolve("notes.txt"), 30, 7);
    String inbox = drive.addFolder("", "Inbox");

    Result r = run("--json", "put", "-r", dir.resolve("photos").toString(), single.toString(), "/Inbox");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(array(r.out())).hasSize(3);
    assertThat(drive.fileBytes(id("/Inbox/photos/2025/a.jpg"))).isEqualTo(Files.readAllBytes(tree.resolve("a.jpg")));
    assertThat(drive.fileBytes(id("/Inbox/photos/b.jpg"))).isEqualTo(Files.readAllBytes(dir.resolve("photos/b.jpg")));
    assertThat(drive.fileBytes(id("/Inbox/notes.txt"))).isEqualTo(Files.readAllBytes(single));

    emulator.reset();
    Result skip = run("--json", "put", "-r", "--on-conflict", "skip", dir.resolve("photos").toString(), "/Inbox");
    assertThat(skip.code()).as(skip.err()).isZero();
    assertThat(array(skip.out())).allSatisfy(m -> assertThat(m).containsEntry("skipped", true));
    assertThat(emulator.requestCount("POST", "/drive/v1/files")).as("no upload, no folder").isZero();
    assertThat(liveNames(id("/Inbox/photos"))).containsExactly("2025", "b.jpg");

    String oldNotes = id("/Inbox/notes.txt");
    write(single, 31, 8);
    Result over = run("--json", "put", "--on-conflict", "overwrite", single.toString(), "/Inbox");
    assertThat(over.code()).as(over.err()).isZero();
    assertThat(object(over.out())).containsEntry("name", "notes.txt").containsEntry("size", 31.0);
    assertThat(drive.trashed(oldNotes)).isTrue();
    assertThat(liveNames(inbox)).containsExactly("notes.txt", "photos");
    String now = drive.children(inbox).stream().filter(c -> !drive.trashed(c) && drive.name(c).equals("notes.txt"))
        .findFirst().orElseThrow();
    assertThat(drive.fileBytes(now)).isEqualTo(Files.readAllBytes(single));

    Result rename = run("--json", "put", single.toString(), "/Inbox");
    assertThat(object(rename.out())).containsEntry("name", "notes(1).txt").containsEntry("renamed", true);

    Result dirWithoutR = run("put", dir.resolve("photos").toString(), "/Inbox");
    assertThat(dirWithoutR.code()).isEqualTo(2);
    assertThat(dirWithoutR.err()).contains("-r");
    Result badMode = run("put", "--on-conflict", "merge", single.toString());
    assertThat(badMode.code()).isEqualTo(2);
    assertThat(badMode.err()).contains("see pikpak put --help");
  }

  @Test
  void progressOnATerminalIsOneLineEndedBeforeTheSummary() throws IOException {
    Path dest = Files.createDirectories(dir.resolve("dest"));
    Result r = CliRun.terminal(emulator, dir, "", "get", "-r", "/Album", "-o", dest.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("\r").contains("2/2 files").endsWith("\n");
    assertThat(r.err().chars().filter(c -> c == '\n').count()).as("one line, redrawn with \\r, ended once").isOne();
    assertThat(r.out()).startsWith("downloaded 2 files");

    Path up = write(dir.resolve("up.bin"), 100_000, 9);
    Result put = CliRun.terminal(emulator, dir, "", "put", up.toString(), "/Album");
    assertThat(put.code()).as(put.err()).isZero();
    assertThat(put.err()).as("uploads show progress too").contains("up.bin").contains("1/1 files").endsWith("\n");
  }

  @Test
  void shareGetDownloadsThroughTheSameEngineAndKeepsHostileNamesInside() throws IOException {
    String owner = emulator.addAccount("sharer@pikpak4j.dev", "sharer-password");
    EmulatedDrive theirs = emulator.drive(owner);
    String folder = theirs.addFolder("", "Shared");
    String good = theirs.addFile(folder, "good.bin", 5000, 10);
    String bad = theirs.addFile(theirs.addFolder(folder, "deeper"), "bad.bin", 60, 11);
    String share = emulator.shares().create(owner, List.of(folder), null);
    emulator.driveFaults().answerName(bad, "../../../owned.bin");
    Path dest = Files.createDirectories(dir.resolve("dest"));

    Result r = run("--json", "share", "get", share, "-r", "-o", dest.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(array(r.out())).hasSize(2);
    assertThat(Files.readAllBytes(dest.resolve("Shared/good.bin"))).isEqualTo(theirs.fileBytes(good));
    try (Stream<Path> walk = Files.walk(dest)) {
      assertThat(walk.filter(Files::isRegularFile).map(p -> dest.relativize(p).toString()))
          .containsExactlyInAnyOrder("Shared/good.bin", "Shared/deeper/.._.._.._owned.bin");
    }
    assertThat(dir.resolve("owned.bin")).doesNotExist();

    Result noR = run("share", "get", share, "-o", dest.toString());
    assertThat(noR.code()).isEqualTo(1);
    assertThat(noR.err()).contains("-r");
  }
}
