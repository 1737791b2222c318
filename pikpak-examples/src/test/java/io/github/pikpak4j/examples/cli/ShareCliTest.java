package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.array;
import static io.github.pikpak4j.examples.cli.CliRun.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import io.github.pikpak4j.share.ShareRegionBlockedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code pikpak share ...} commands in-process against one embedded emulator. */
class ShareCliTest {
  private static PikPakEmulator emulator;
  private static String publicShare;
  private static String lockedShare;
  private static String movie;

  @TempDir Path dir;

  @BeforeAll
  static void startEmulator() {
    emulator = PikPakEmulator.start();
    String owner = emulator.addAccount("sharer@pikpak4j.dev", "sharer-password");
    EmulatedDrive d = emulator.drive(owner);
    String folder = d.addFolder("", "Album");
    d.addFile(folder, "track.txt", 10, 1);
    movie = d.addFile("", "clip.mp4", 5000, 2);
    d.addMedia(movie, "1080P", 1080, true, 0, 0);
    d.addMedia(movie, "480P", 480, false, 2000, 3);
    publicShare = emulator.shares().create(owner, List.of(folder, movie), null);
    lockedShare = emulator.shares().create(owner, List.of(folder), "4321");
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void clearJournal() {
    emulator.reset();
  }

  private Result run(String... args) {
    return CliRun.demo(emulator, dir, args);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "https://example.com/s/VNabc123", "https://mypikpak.com/x/VNabc123", "VN!", "https://mypikpak.com/s/"
  })
  void malformedShareExitsTwoBeforeAnyRequest(String share) {
    Result r = run("share", "ls", share);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: Not a PikPak share link");
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void badFileIdOrOptionsExitTwoBeforeAnyRequest() {
    assertThat(run("share", "link", publicShare, "../etc").code()).isEqualTo(2);
    assertThat(run("share", "create", "/x", "--pass-code", "ab").code()).isEqualTo(2);
    assertThat(run("share", "create", "/x", "--days", "0").code()).isEqualTo(2);
    assertThat(run("share", "rm", "not a share").code()).isEqualTo(2);
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void jsonLsRecursive() throws IOException {
    Result r = run("--json", "share", "ls", "https://mypikpak.com/s/" + publicShare, "-r");
    assertThat(r.code()).as(r.err()).isZero();
    List<Map<String, Object>> entries = array(r.out());
    assertThat(entries).allSatisfy(e -> assertThat(e).containsKeys("id", "name", "kind", "size"));
    assertThat(entries).extracting(e -> e.get("path")).containsExactly("Album", "Album/track.txt", "clip.mp4");
  }

  @Test
  void wrongPassCodeIsOneErrorLine() {
    Result r = run("share", "ls", lockedShare, "--pass-code", "0000");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("error: the pass code is wrong [PASS_CODE_ERROR]");
    assertThat(emulator.requestCount("GET", "/drive/v1/share")).isEqualTo(1);
    Result missing = run("share", "ls", lockedShare);
    assertThat(missing.err()).contains("needs a pass code").contains("[PASS_CODE_EMPTY]");
    Result ok = run("share", "ls", "https://mypikpak.com/s/" + lockedShare + "?pwd=4321");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("Album/");
  }

  @Test
  void jsonLinkOriginalAndTranscode() throws IOException {
    Result orig = run("--json", "share", "link", publicShare, movie);
    assertThat(orig.code()).as(orig.err()).isZero();
    Map<String, Object> o = object(orig.out());
    assertThat(o).containsKeys("url", "original_url", "host", "source", "variant", "expires_at");
    assertThat(o.get("source")).isEqualTo("media");
    assertThat(o.get("rendition")).isEqualTo("original");
    assertThat(o.get("may_be_partial")).isEqualTo(true);
    Result tc = run("--json", "share", "link", publicShare, movie, "--transcode");
    Map<String, Object> t = object(tc.out());
    assertThat(t.get("rendition")).isEqualTo("transcode");
    assertThat(t.get("variant")).isEqualTo("480P");
    assertThat(t.get("url")).isNotEqualTo(o.get("url"));
  }

  @Test
  void shareLinkGoesThroughTheCdnPolicy() throws IOException {
    io.github.pikpak4j.testkit.CdnNode node =
        emulator.addCdnNode(io.github.pikpak4j.testkit.CdnNode.Mode.SERVING, java.time.Duration.ZERO);
    Result r = run("--json", "--cdn", node.host(), "share", "link", publicShare, movie);
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Object> o = object(r.out());
    assertThat((String) o.get("url")).contains("//" + node.host() + "/");
    assertThat(o.get("host")).isEqualTo(node.host().substring(0, node.host().indexOf(':')));
    assertThat(o.get("original_url")).isNotEqualTo(o.get("url"));
    assertThat(((String) o.get("url")).substring(((String) o.get("url")).indexOf("/download/")))
        .isEqualTo(((String) o.get("original_url")).substring(((String) o.get("original_url")).indexOf("/download/")));
  }

  @Test
  void saveCreateMineRm() throws IOException {
    Result save = run("--json", "share", "save", publicShare, movie, "--to", "/");
    assertThat(save.code()).as(save.err()).isZero();
    Map<String, Object> saved = object(save.out());
    assertThat((String) saved.get("task_id")).isNotEmpty();
    assertThat(saved.get("file_ids")).isEqualTo(List.of(movie));
    assertThat(run("--json", "stat", "/clip.mp4").code()).isZero(); // saved into the chosen folder

    Result create = run("--json", "share", "create", "/clip.mp4", "--random-pass-code", "--days", "7");
    assertThat(create.code()).as(create.err()).isZero();
    Map<String, Object> created = object(create.out());
    assertThat(created).containsKeys("share_id", "share_url", "pass_code");
    String id = (String) created.get("share_id");

    Result own = run("share", "save", id + "", "--pass-code", (String) created.get("pass_code"));
    assertThat(own.code()).isEqualTo(1);
    assertThat(own.err()).contains("[file_restore_own 9]").doesNotContain((String) created.get("pass_code"));

    Result mine = run("--json", "share", "mine");
    assertThat(array(mine.out())).extracting(m -> m.get("share_id")).containsExactly(id);
    assertThat(mine.out()).doesNotContain((String) created.get("pass_code"));

    Result rm = run("--json", "share", "rm", id);
    assertThat(rm.code()).as(rm.err()).isZero();
    assertThat(array(run("--json", "share", "mine").out())).isEmpty();
  }

  @Test
  void regionBlockKeepsTheServerTextAndHints() {
    emulator.shares().regionBlocked(true);
    try {
      Result r = run("share", "ls", publicShare);
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).contains("Sorry, sharing is not available in the current region").contains("--proxy");
      assertThat(r.err()).as("one hint, not two").doesNotContain(ShareRegionBlockedException.HINT);
    } finally {
      emulator.shares().regionBlocked(false);
    }
  }
}
