package io.github.pikpak4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.FileLink;
import io.github.pikpak4j.api.model.Media;
import io.github.pikpak4j.api.model.MediaLink;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.LinkRewriter;
import io.github.pikpak4j.core.link.LinkSource;
import io.github.pikpak4j.core.link.LinkUnavailableException;
import io.github.pikpak4j.core.link.ResolvedLink;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkSelectorTest {
  private static final String ID = "VNfile01";
  private static final String HASH = "0123456789ABCDEF0123456789ABCDEF01234567";
  private static final String OCTET = "https://dl-a10b-0621.mypikpak.com/download/o?fid=VNfile01&expire=1900000000&g=1";
  private static final String WEB = "https://dl-a10b-0622.mypikpak.com/download/w?fid=VNfile01&expire=1900000100";
  private static final String T720 = "https://dl-z01a-0001.mypikpak.com/download/t?fid=VNmedia720&expire=1900000200";
  private static final String O1080 = "https://dl-z01a-0002.mypikpak.com/download/u?fid=VNfile01&expire=1900000300";

  private static Media media(String id, String res, String url, boolean origin, boolean def, boolean visible) {
    return new Media(id, "m", res, new MediaLink(url, "tok", Instant.parse("2030-01-01T00:00:00Z")), origin, def,
        visible);
  }

  /** The emulator's shape: medias[0] a 720P transcode flagged default, medias[1] the 1080P origin. */
  private static DriveFile video(@Nullable String octet, @Nullable String web, List<Media> medias) {
    Map<String, FileLink> links =
        octet == null ? Map.of() : Map.of(DriveFile.OCTET_STREAM, new FileLink(octet, "t", Instant.EPOCH));
    return new DriveFile(ID, DriveFile.KIND_FILE, "v.mp4", "", 3_000_000, HASH, null, null, "video/mp4", web, links,
        medias, false, false, "PHASE_TYPE_COMPLETE");
  }

  private static final List<Media> MEDIAS =
      List.of(media("m720", "720P", T720, false, true, true), media("m1080", "1080P", O1080, true, false, true));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "original, octet, ORIGINAL, original, 3000000, true",
    "default, t720, MEDIA, 720P, -1, false",
    "origin, o1080, MEDIA, 1080P, 3000000, true",
    "1080P, o1080, MEDIA, 1080P, 3000000, true",
    "1080p, o1080, MEDIA, 1080P, 3000000, true",
    "720P, t720, MEDIA, 720P, -1, false",
  })
  void choosesTheLinkForEachPolicyAndVariant(
      String variant, String url, LinkSource source, String shownVariant, long size, boolean hashed) {
    LinkPolicy policy = variant.equals("original") ? LinkPolicy.original() : LinkPolicy.media(variant);
    ResolvedLink link = LinkSelector.select(video(OCTET, WEB, MEDIAS), policy, null, LinkRewriter.IDENTITY);
    String expected = Map.of("octet", OCTET, "t720", T720, "o1080", O1080).get(url);
    assertThat(link.url()).isEqualTo(expected);
    assertThat(link.originalUrl()).isEqualTo(expected);
    assertThat(link.source()).isEqualTo(source);
    assertThat(link.variant()).isEqualTo(shownVariant);
    assertThat(link.size()).isEqualTo(size);
    assertThat(link.hash()).isEqualTo(hashed ? HASH : null);
    assertThat(link.originalBytes()).isEqualTo(hashed);
  }

  @Test
  void originalFallsBackToWebContentLinkThenToTheSameFidMedia() {
    assertThat(LinkSelector.select(video(null, WEB, MEDIAS), LinkPolicy.original(), null, LinkRewriter.IDENTITY)
        .url()).isEqualTo(WEB);
    ResolvedLink viaMedia =
        LinkSelector.select(video(null, null, MEDIAS), LinkPolicy.original(), null, LinkRewriter.IDENTITY);
    assertThat(viaMedia.url()).isEqualTo(O1080);
    assertThat(viaMedia.hash()).isEqualTo(HASH);
  }

  @Test
  void aTranscodedMedias0WithoutOriginFlagsIsNeverTakenForOrigin() {
    // rclone #6992: is_visible false, medias[0] a transcode, no is_origin flag anywhere; only fid tells.
    List<Media> medias =
        List.of(media("m720", "720P", T720, false, true, false), media("m1080", "", O1080, false, false, false));
    ResolvedLink origin =
        LinkSelector.select(video(null, null, medias), LinkPolicy.media("origin"), null, LinkRewriter.IDENTITY);
    assertThat(origin.url()).isEqualTo(O1080);
    assertThat(origin.variant()).isEqualTo("origin");
    assertThat(origin.size()).isEqualTo(3_000_000);
    ResolvedLink original =
        LinkSelector.select(video(null, null, medias), LinkPolicy.original(), null, LinkRewriter.IDENTITY);
    assertThat(original.url()).isEqualTo(O1080);
  }

  @Test
  void aMissingVariantNamesTheAvailableOnes() {
    assertThatThrownBy(
            () -> LinkSelector.select(video(OCTET, WEB, MEDIAS), LinkPolicy.media("480P"), null,
                LinkRewriter.IDENTITY))
        .isInstanceOf(LinkUnavailableException.class)
        .hasMessageContaining("480P")
        .hasMessageContaining("720P, 1080P");
  }

  @Test
  void aFileWithoutAnyLinkIsUnavailable() {
    assertThatThrownBy(
            () -> LinkSelector.select(video(null, null, List.of()), LinkPolicy.original(), null,
                LinkRewriter.IDENTITY))
        .isInstanceOf(LinkUnavailableException.class);
  }

  @ParameterizedTest(name = "octet={0} web={1} medias={2} kind={3} phase={4} -> not yet: {5}")
  @CsvSource({
    "false, false, none, file, PHASE_TYPE_COMPLETE, true",
    "false, false, empty-url, file, PHASE_TYPE_COMPLETE, true",
    "false, false, none, file, PHASE_TYPE_RUNNING, true",
    "false, false, none, file, PHASE_TYPE_ERROR, false",
    "false, false, none, folder, PHASE_TYPE_COMPLETE, false",
    "true, false, none, file, PHASE_TYPE_COMPLETE, false",
    "false, true, none, file, PHASE_TYPE_COMPLETE, false",
    "false, false, linked, file, PHASE_TYPE_COMPLETE, false",
  })
  void noLinkYetOnlyWhenAFileHasNoLinkOfAnyKind(
      boolean octet, boolean web, String medias, String kind, String phase, boolean expected) {
    List<Media> list =
        switch (medias) {
          case "none" -> List.of();
          case "empty-url" -> List.of(media("m1080", "1080P", "", true, true, true));
          default -> MEDIAS;
        };
    Map<String, FileLink> links =
        octet ? Map.of(DriveFile.OCTET_STREAM, new FileLink(OCTET, "t", Instant.EPOCH)) : Map.of();
    DriveFile file =
        new DriveFile(ID, kind.equals("folder") ? DriveFile.KIND_FOLDER : DriveFile.KIND_FILE, "v.mp4", "", 3_000_000,
            HASH, null, null, "video/mp4", web ? WEB : "", links, list, false, false, phase);
    assertThat(LinkSelector.noLinkYet(file)).isEqualTo(expected);
    if (expected) {
      for (LinkPolicy policy : List.of(LinkPolicy.original(), LinkPolicy.media(), LinkPolicy.media("1080P"))) {
        assertThatThrownBy(() -> LinkSelector.select(file, policy, null, LinkRewriter.IDENTITY))
            .as("a file with no link yet has none for %s", policy)
            .isInstanceOf(LinkUnavailableException.class);
      }
    }
  }

  @Test
  void aLockedMediaIdWinsOverThePolicy() {
    ResolvedLink link =
        LinkSelector.select(video(OCTET, WEB, MEDIAS), LinkPolicy.media("default"), "m1080", LinkRewriter.IDENTITY);
    assertThat(link.mediaId()).isEqualTo("m1080");
  }

  @Test
  void expiryComesFromTheQueryThenFromTheField() {
    Instant field = Instant.parse("2031-01-01T00:00:00Z");
    assertThat(LinkSelector.expiry(OCTET, field)).isEqualTo(Instant.ofEpochSecond(1_900_000_000L));
    assertThat(LinkSelector.expiry("https://h/download/x?fid=a", field)).isEqualTo(field);
    assertThat(LinkSelector.expiry("https://h/download/x?expire=oops", null)).isNull();
    ResolvedLink link = LinkSelector.select(video(OCTET, WEB, MEDIAS), LinkPolicy.original(), null,
        LinkRewriter.IDENTITY);
    assertThat(link.isExpired(Instant.ofEpochSecond(1_900_000_000L - 11))).isFalse();
    assertThat(link.isExpired(Instant.ofEpochSecond(1_900_000_000L - 10))).isTrue();
  }

  @Test
  void theRewriterSeamChangesOnlyTheUrlToUse() {
    ResolvedLink link = LinkSelector.select(video(OCTET, WEB, MEDIAS), LinkPolicy.original(), null,
        url -> url.replace("dl-a10b-0621", "dl-a10b-0700"));
    assertThat(link.url()).contains("dl-a10b-0700").endsWith("fid=VNfile01&expire=1900000000&g=1");
    assertThat(link.originalUrl()).isEqualTo(OCTET);
    assertThat(link.host()).isEqualTo("dl-a10b-0700.mypikpak.com");
  }
}
