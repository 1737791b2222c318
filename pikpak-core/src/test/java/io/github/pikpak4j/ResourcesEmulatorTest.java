package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.resource.ArchivedFile;
import io.github.pikpak4j.core.resource.ContentFile;
import io.github.pikpak4j.core.resource.Extraction;
import io.github.pikpak4j.core.resource.UrlContent;
import io.github.pikpak4j.testkit.EmulatedResources.Entry;
import io.github.pikpak4j.testkit.PikPakEmulator;
import io.github.pikpak4j.testkit.RecordedRequest;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Content lookups against the emulator: cid to GCID, URL previews, archives, instant creation, search. */
class ResourcesEmulatorTest {
  private static final String MAGNET = "magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=Show";
  private PikPakEmulator emulator;
  private PikPakClient client;
  private String docs;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().demoTree(false).start();
    docs = emulator.drive().addFolder("", "Docs");
    client = DemoClients.of(emulator);
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private RecordedRequest last(String path) {
    return DemoClients.last(emulator, path);
  }

  /** The cid of protocol §7.7, computed here independently of both the SDK and the emulator. */
  private static String cid(byte[] b) throws Exception {
    MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
    if (b.length <= 0xF000) {
      sha1.update(b);
    } else {
      sha1.update(b, 0, 0x5000);
      sha1.update(b, b.length / 3, 0x5000);
      sha1.update(b, b.length - 0x5000, 0x5000);
    }
    return HexFormat.of().withUpperCase().formatHex(sha1.digest());
  }

  @Test
  void gcidOfCidFindsHeldContentAndMissesTheRest() throws Exception {
    String id = emulator.drive().addFile(docs, "big.bin", 200_000, 7);
    String cid = cid(emulator.fileBytes(id));
    assertThat(client.resources().gcidOfCid(cid.toLowerCase(java.util.Locale.ROOT), 200_000))
        .contains(emulator.drive().gcid(id));
    RecordedRequest r = last("/drive/v1/resource/cid");
    assertThat(r.queryParameter("cid")).isEqualTo(cid);
    assertThat(r.queryParameter("file_size")).isEqualTo("200000");
    assertThat(client.async().resources().gcidOfCid(cid, 200_001).join()).isEmpty();
  }

  @Test
  void badInputIsRefusedBeforeAnyRequest() {
    client.files().list(docs); // sign in first, so that the count below is about the lookups
    int before = emulator.requests().size();
    assertThatThrownBy(() -> client.resources().gcidOfCid("xyz", 10)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> client.resources().gcidOfCid("A".repeat(40), 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> client.resources().preview("ftp://x/y")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> client.resources().createFromGcid("", "a/b", 10, "A".repeat(40)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> client.resources().search("", "")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> client.async().resources().preview("").join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(InvalidInputException.class);
    assertThat(emulator.requests()).hasSize(before);
  }

  @Test
  void previewFlattensTheContentWithTorrentIndexesAndGcids() {
    emulator.resources().describe(MAGNET, "Show", List.of(
        new Entry(0, "S01/e1.mkv", 1000), new Entry(1, "S01/e2.mkv", 2000), new Entry(2, "readme.txt", 5)), true);
    UrlContent c = client.resources().preview(MAGNET);
    assertThat(c.name()).isEqualTo("Show");
    assertThat(c.size()).isEqualTo(3005);
    assertThat(c.cached()).isTrue();
    assertThat(c.resolverError()).isEmpty();
    assertThat(c.files()).extracting(ContentFile::index, ContentFile::path, ContentFile::size)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, "S01/e1.mkv", 1000L),
            org.assertj.core.groups.Tuple.tuple(1, "S01/e2.mkv", 2000L),
            org.assertj.core.groups.Tuple.tuple(2, "readme.txt", 5L));
    assertThat(c.files()).allSatisfy(f -> assertThat(f.knownGcid()).get().asString().hasSize(40));
    assertThat(last("/drive/v1/resource/list").body())
        .contains("\"urls\":\"" + MAGNET + "\"")
        .contains("\"page_size\":500")
        .contains("\"thumbnail_type\":\"FROM_HASH\"");
    UrlContent unknown =
        client.async().resources().preview("magnet:?xt=urn:btih:" + "f".repeat(40)).join();
    assertThat(unknown.cached()).isFalse();
    assertThat(unknown.files()).isEmpty();
    assertThat(unknown.name()).isEqualTo("f".repeat(40));
  }

  @Test
  void chosenFilesOfAMagnetAreCreatedFromTheirGcidsWithoutATask() {
    emulator.resources().describe(MAGNET, "Show", List.of(
        new Entry(0, "S01/e1.mkv", 1000), new Entry(1, "S01/e2.mkv", 2000), new Entry(2, "readme.txt", 5)), true);
    UrlContent c = client.resources().preview(MAGNET);
    List<FileEntry> made = client.resources().createSelected(docs, c, List.of(2, 0));
    assertThat(made).extracting(FileEntry::name).containsExactly("readme.txt", "e1.mkv");
    assertThat(made).extracting(FileEntry::hash).containsExactly(c.files().get(2).gcid(), c.files().get(0).gcid());
    assertThat(emulator.drive().find("/Docs/e1.mkv")).isPresent();
    assertThat(emulator.offline().taskIds(emulator.demoUserId())).isEmpty();

    String other = "magnet:?xt=urn:btih:" + "a".repeat(40);
    emulator.resources().describe(other, "Raw", List.of(new Entry(0, "raw.bin", 10)), false);
    UrlContent unindexed = client.resources().preview(other);
    int before = emulator.requests().size();
    assertThatThrownBy(() -> client.resources().createSelected(docs, unindexed, List.of(0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not indexed");
    assertThatThrownBy(() -> client.resources().createSelected(docs, c, List.of(7)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("index 7");
    assertThat(emulator.requests()).hasSize(before);
  }

  @Test
  void archivesListAndExtractNextToThemselves() {
    String zip = emulator.drive().addFile(docs, "pack.zip", 4096, 3);
    emulator.resources().archive(zip, "pw", List.of(new Entry(0, "a.txt", 10), new Entry(1, "sub/b.txt", 20)));
    FileEntry archive = client.files().resolve("/Docs/pack.zip");
    assertThat(client.resources().listArchive(archive, "pw"))
        .containsExactly(new ArchivedFile(0, "a.txt", 10, false), new ArchivedFile(1, "sub/b.txt", 20, false));
    assertThat(last("/decompress/v1/list").body()).contains("\"gcid\":\"" + archive.hash() + "\"")
        .contains("\"file_id\":\"" + zip + "\"");
    assertThatThrownBy(() -> client.resources().listArchive(archive, "wrong"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("wrong password");
    Extraction x = client.async().resources().extract(archive, "pw").join();
    assertThat(x.files()).isEqualTo(2);
    assertThat(last("/decompress/v1/decompress").body()).contains("\"default_parent\":true").contains("\"files\":[]");
    assertThat(emulator.drive().find("/Docs/a.txt")).isPresent();
    assertThat(emulator.drive().find("/Docs/sub/b.txt")).isPresent();
  }

  @Test
  void createFromAKnownGcidIsInstantAndAnUnknownOneLeavesNothing() {
    String original = emulator.drive().addFile(docs, "movie.mkv", 300_000, 11);
    String gcid = emulator.drive().gcid(original);
    FileEntry copy = client.resources().createFromGcid("", "copy.mkv", 300_000, gcid);
    assertThat(copy.name()).isEqualTo("copy.mkv");
    assertThat(copy.hash()).isEqualTo(gcid);
    assertThat(emulator.fileBytes(copy.id())).isEqualTo(emulator.fileBytes(original));

    int rootEntries = emulator.drive().children(emulator.root()).size();
    assertThatThrownBy(() -> client.resources().createFromGcid("", "ghost.bin", 123, "B".repeat(40)))
        .isInstanceOf(NotFoundException.class);
    assertThat(emulator.drive().children(emulator.root())).hasSize(rootEntries);
    assertThat(emulator.requestCount("POST", "/drive/v1/files:batchDelete")).isEqualTo(1);
  }

  @Test
  void searchMatchesPartOfTheNameIgnoringCase() {
    emulator.drive().addFile(docs, "Holiday-2024.jpg", 10, 1);
    emulator.drive().addFile(docs, "notes.txt", 10, 2);
    emulator.drive().addFolder(docs, "HOLIDAY plans");
    assertThat(client.resources().search(docs, "holiday")).extracting(FileEntry::name)
        .containsExactlyInAnyOrder("Holiday-2024.jpg", "HOLIDAY plans");
    assertThat(client.async().resources().search(docs, "zzz").join()).isEmpty();
  }
}
