package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.EmulatedResources.Entry;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code offline add --preview}, {@code search} and {@code archive ls|extract}, in-process against the emulator. */
class ContentCliTest {
  private static final String MAGNET = "magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=Show";
  private PikPakEmulator emulator;
  private String docs;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().demoTree(false).start();
    docs = emulator.drive().addFolder("", "Docs");
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Result run(String... args) {
    return CliRun.demo(emulator, dir, args);
  }

  @Test
  void previewShowsTheContentAndCreatesNoTask() throws Exception {
    emulator.resources().describe(MAGNET, "Show", List.of(new Entry(0, "S01/e1.mkv", 1000), new Entry(1, "x\u001b.txt", 5)), true);
    Result text = run("offline", "add", "--preview", MAGNET);
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("S01/e1.mkv").contains("x\\x1b.txt").doesNotContain("\u001b");
    Result json = run("--json", "offline", "add", "--preview", MAGNET);
    Map<String, Object> c = object(json.out());
    assertThat(c).containsEntry("name", "Show").containsEntry("file_count", 2.0);
    assertThat((List<?>) c.get("files")).hasSize(2);
    assertThat(emulator.requestCount("POST", "/drive/v1/files")).isZero();
    assertThat(emulator.offline().taskIds(emulator.demoUserId())).isEmpty();
  }

  @Test
  void selectCreatesTheChosenFilesWithoutATask() throws Exception {
    emulator.resources().describe(MAGNET, "Show", List.of(new Entry(0, "S01/e1.mkv", 1000), new Entry(1, "b.txt", 5)),
        true);
    Result r = run("--json", "offline", "add", MAGNET, "--select", "1", "--to", "/Docs");
    assertThat(r.code()).isZero();
    assertThat(emulator.drive().find("/Docs/b.txt")).isPresent();
    assertThat(emulator.drive().find("/Docs/e1.mkv")).isEmpty();
    assertThat(emulator.offline().taskIds(emulator.demoUserId())).isEmpty();
    Result bad = run("offline", "add", MAGNET, "--select", "9");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("index 9");
  }

  @Test
  void searchListsMatchesOfOneFolder() throws Exception {
    emulator.drive().addFile(docs, "Holiday.jpg", 10, 1);
    emulator.drive().addFile(docs, "notes.txt", 10, 2);
    Result json = run("--json", "search", "HOLI", "--in", "/Docs");
    assertThat(json.code()).isZero();
    assertThat(json.out()).contains("Holiday.jpg").doesNotContain("notes.txt");
  }

  @Test
  void archiveListAndExtract() throws Exception {
    String zip = emulator.drive().addFile(docs, "pack.zip", 4096, 3);
    emulator.resources().archive(zip, null, List.of(new Entry(0, "a.txt", 10)));
    Result ls = run("--json", "archive", "ls", "/Docs/pack.zip");
    assertThat(ls.code()).isZero();
    assertThat(object(ls.out().lines().findFirst().orElseThrow())).containsEntry("path", "a.txt");
    Result x = run("archive", "extract", "/Docs/pack.zip");
    assertThat(x.code()).isZero();
    assertThat(emulator.drive().find("/Docs/a.txt")).isPresent();
    Result none = run("archive");
    assertThat(none.code()).isEqualTo(2);
  }
}
