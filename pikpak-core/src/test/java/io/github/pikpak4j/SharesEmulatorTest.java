package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.FileRestoreOwnException;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.share.CreateShareOptions;
import io.github.pikpak4j.share.CreatedShare;
import io.github.pikpak4j.share.MyShare;
import io.github.pikpak4j.share.SaveOptions;
import io.github.pikpak4j.share.SaveResult;
import io.github.pikpak4j.share.Share;
import io.github.pikpak4j.share.ShareBlockedException;
import io.github.pikpak4j.share.ShareEntry;
import io.github.pikpak4j.share.ShareGoneException;
import io.github.pikpak4j.share.ShareLink;
import io.github.pikpak4j.share.ShareLinkChoice;
import io.github.pikpak4j.share.SharePassCodeException;
import io.github.pikpak4j.share.ShareRegionBlockedException;
import io.github.pikpak4j.share.ShareStatus;
import io.github.pikpak4j.share.ShareTreeEntry;
import io.github.pikpak4j.share.ShareUnavailableException;
import io.github.pikpak4j.share.TranscodePolicy;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import io.github.pikpak4j.testkit.RecordedRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code client.shares()} end to end against the strict emulator. */
class SharesEmulatorTest {
  private PikPakEmulator emulator;
  private PikPakClient client;
  private PikPakClient anonymous;
  private String ownerId;
  private String season;
  private String episode;
  private String movie;
  private String notes;
  private String publicShare;
  private String lockedShare;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.start();
    client = endpoints().username(PikPakEmulator.DEMO_USERNAME).password(PikPakEmulator.DEMO_PASSWORD).build();
    anonymous = endpoints().build();
    ownerId = emulator.addAccount("owner@pikpak4j.dev", "owner-password");
    EmulatedDrive owner = emulator.drive(ownerId);
    String show = owner.addFolder("", "Show");
    season = owner.addFolder(show, "Season 1");
    episode = owner.addFile(season, "e01.mkv", 4096, 1);
    notes = owner.addFile(show, "notes.txt", 100, 2);
    movie = owner.addFile("", "movie.mp4", 10_000, 3);
    owner.addMedia(movie, "1080P", 1080, true, 0, 0);
    owner.addMedia(movie, "720P", 720, false, 6_000, 4);
    publicShare = emulator.shares().create(ownerId, List.of(show, movie), null);
    lockedShare = emulator.shares().create(ownerId, List.of(show), "1234");
  }

  @AfterEach
  void stop() {
    client.close();
    anonymous.close();
    emulator.close();
  }

  private PikPakClientBuilder endpoints() {
    return PikPakClient.builder()
        .userEndpoint(emulator.userBaseUrl())
        .driveEndpoint(emulator.driveBaseUrl())
        .inMemorySession();
  }

  private List<RecordedRequest> requests(String methodAndPath) {
    return emulator.requests().stream()
        .filter(r -> r.methodAndPath().equals(methodAndPath))
        .collect(Collectors.toList());
  }

  @Test
  void anonymousReadsSendNoAuthorizationButClientDeviceAndCaptcha() {
    assertThat(anonymous.shares().readsAnonymously()).isTrue();
    Share share = anonymous.shares().open("https://mypikpak.com/s/" + publicShare);
    assertThat(share.listAll("").stream().map(ShareEntry::name)).containsExactly("Show", "movie.mp4");
    for (String call : List.of("GET /drive/v1/share", "GET /drive/v1/share/detail")) {
      RecordedRequest r = requests(call).get(0);
      assertThat(r.header("Authorization")).as(call).isNull();
      assertThat(r.header("X-Client-Id")).as(call).isNotBlank();
      assertThat(r.header("X-Device-Id")).as(call).matches("[0-9a-f]{32}");
      assertThat(r.header("X-Captcha-Token")).as(call).startsWith("ck0.");
    }
    assertThat(requests("POST /v1/auth/signin")).isEmpty();
  }

  @Test
  void signedInReadsSendTheBearerToken() {
    assertThat(client.shares().readsAnonymously()).isFalse();
    client.shares().open(publicShare).list("", "");
    for (String call : List.of("GET /drive/v1/share", "GET /drive/v1/share/detail")) {
      RecordedRequest r = requests(call).get(0);
      assertThat(r.header("Authorization")).as(call).startsWith("Bearer ");
      assertThat(r.header("X-Client-Id")).as(call).isNotBlank();
    }
  }

  @Test
  void passCodeTokenIsReusedAndRenewedWhenTheServerAsksAgain() {
    ShareLink link = ShareLink.parse("https://mypikpak.com/s/" + lockedShare + "?pwd=1234");
    Share share = anonymous.shares().open(link);
    anonymous.shares().open(link);
    share.list("", "");
    assertThat(emulator.shares().passCodeTokensIssued()).isEqualTo(1);
    assertThat(requests("GET /drive/v1/share")).hasSize(1);

    emulator.shares().expirePassCodeTokens();
    assertThat(share.list("", "").items()).extracting(ShareEntry::name).containsExactly("Show");
    assertThat(emulator.shares().passCodeTokensIssued()).isEqualTo(2);
    assertThat(requests("GET /drive/v1/share")).hasSize(2);
    assertThat(requests("GET /drive/v1/share/detail")).hasSize(3); // ok, refused, replayed
  }

  @Test
  void wrongPassCodeEndsAfterOneAttempt() {
    ShareLink link = ShareLink.parse(lockedShare).withPassCode("9999");
    assertThatThrownBy(() -> anonymous.shares().open(link))
        .isInstanceOf(SharePassCodeException.class)
        .hasMessage("the pass code is wrong [PASS_CODE_ERROR]");
    assertThat(requests("GET /drive/v1/share")).hasSize(1);
  }

  @Test
  void missingPassCodeSaysSoAndAPassCodeOnAPublicShareIsIgnored() {
    assertThatThrownBy(() -> anonymous.shares().open(lockedShare))
        .isInstanceOf(SharePassCodeException.class)
        .satisfies(e -> assertThat(((SharePassCodeException) e).isMissing()).isTrue())
        .hasMessageContaining("needs a pass code");
    Share share = anonymous.shares().open(ShareLink.parse(publicShare).withPassCode("abcd"));
    assertThat(share.list("", "").items()).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "DELETED, ShareGoneException",
    "EXPIRED, ShareGoneException",
    "NOT_FOUND, ShareGoneException",
    "AUDITING, ShareBlockedException",
    "SENSITIVE_RESOURCE, ShareBlockedException",
    "SENSITIVE_WORD, ShareBlockedException",
    "PROHIBITED, ShareBlockedException",
  })
  void eachShareStatusIsItsException(String status, String type) {
    emulator.shares().setStatus(publicShare, status);
    assertThatThrownBy(() -> anonymous.shares().open(publicShare))
        .isInstanceOf(ShareUnavailableException.class)
        .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo(type))
        .satisfies(e -> assertThat(((ShareUnavailableException) e).status()).isEqualTo(ShareStatus.valueOf(status)))
        .hasMessageEndingWith("[" + status + "]");
  }

  @Test
  void unknownShareIsNotFound() {
    assertThatThrownBy(() -> anonymous.shares().open("VNnoSuchShare"))
        .isInstanceOf(ShareGoneException.class)
        .satisfies(e -> assertThat(((ShareGoneException) e).status()).isEqualTo(ShareStatus.NOT_FOUND));
  }

  @Test
  void regionBlockIsItsOwnTypeWithAHint() {
    emulator.shares().regionBlocked(true);
    assertThatThrownBy(() -> client.shares().open(publicShare))
        .isInstanceOf(ShareRegionBlockedException.class)
        .hasMessageContaining("Sorry, sharing is not available in the current region")
        .hasMessageContaining("proxy");
  }

  @Test
  void browsingPagesWalksAndGetsFileInfo() {
    Share share = anonymous.shares().open(publicShare);
    List<ShareTreeEntry> all = share.walk("", 5, 100);
    assertThat(all)
        .extracting(ShareTreeEntry::path)
        .containsExactly("Show", "Show/Season 1", "Show/Season 1/e01.mkv", "Show/notes.txt", "movie.mp4");
    assertThat(share.walk("", 1, 100)).hasSize(2);
    assertThat(share.walk("", 5, 2)).hasSize(2);
    ShareEntry e = share.file(episode);
    assertThat(e.name()).isEqualTo("e01.mkv");
    assertThat(e.size()).isEqualTo(4096);
    assertThat(e.folder()).isFalse();
  }

  @Test
  void transcodeChoiceOnASharedVideo() {
    Share share = anonymous.shares().open(publicShare);
    ShareLinkChoice original = share.link(movie, TranscodePolicy.ORIGINAL);
    assertThat(original.rendition()).isEqualTo(ShareLinkChoice.Rendition.ORIGINAL);
    assertThat(original.source()).isEqualTo(ShareLinkChoice.Source.MEDIA); // web_content_link is empty for videos
    assertThat(original.mayBePartial()).isTrue();
    assertThat(original.size()).hasValue(10_000);
    assertThat(original.expiresAt()).isPresent();

    ShareLinkChoice transcoded = share.link(movie, TranscodePolicy.TRANSCODED);
    assertThat(transcoded.rendition()).isEqualTo(ShareLinkChoice.Rendition.TRANSCODE);
    assertThat(transcoded.variant()).contains("720P");
    assertThat(transcoded.size()).isEmpty();
    assertThat(transcoded.url()).isNotEqualTo(original.url());

    // the same rendition: the same media path (expire and sig change when the two calls straddle a second)
    assertThat(java.net.URI.create(share.link(movie, TranscodePolicy.resolution("720p")).url()).getPath())
        .isEqualTo(java.net.URI.create(transcoded.url()).getPath())
        .isNotEqualTo(java.net.URI.create(original.url()).getPath());

    ShareLinkChoice text = share.link(notes, TranscodePolicy.TRANSCODED);
    assertThat(text.source()).isEqualTo(ShareLinkChoice.Source.WEB_CONTENT_LINK);
    assertThat(text.rendition()).isEqualTo(ShareLinkChoice.Rendition.ORIGINAL);
    assertThat(text.size()).hasValue(100);

    // a video without renditions has no link at all in a share
    assertThatThrownBy(() -> share.link(episode, TranscodePolicy.ORIGINAL))
        .hasMessageContaining("no original link");
  }

  @Test
  void sharedFilesDownloadThroughTheEngineInEachRendition(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Share share = anonymous.shares().open(publicShare);
    io.github.pikpak4j.core.transfer.DownloadOptions options =
        io.github.pikpak4j.core.transfer.DownloadOptions.builder().connections(2).build();

    java.nio.file.Path original = dir.resolve("movie.mp4");
    anonymous.transfers().download(share, movie, TranscodePolicy.ORIGINAL, original, options);
    assertThat(java.nio.file.Files.readAllBytes(original)).isEqualTo(emulator.drive(ownerId).fileBytes(movie));

    java.nio.file.Path transcode = dir.resolve("movie-720p.ts");
    io.github.pikpak4j.core.transfer.DownloadResult r =
        anonymous.transfers().download(share, movie, TranscodePolicy.TRANSCODED, transcode, options);
    assertThat(r.bytes()).as("the transcode has its own size, learnt from the CDN").isEqualTo(6_000);

    java.nio.file.Path text = dir.resolve("notes.txt");
    anonymous.transfers().download(share, notes, TranscodePolicy.ORIGINAL, text, options);
    assertThat(java.nio.file.Files.readAllBytes(text)).isEqualTo(emulator.drive(ownerId).fileBytes(notes));

    assertThat(emulator.cdnRequests())
        .isNotEmpty()
        .allSatisfy(q -> {
          assertThat(q.header("Authorization")).isNull();
          assertThat(q.header("X-Captcha-Token")).isNull();
          assertThat(q.header("X-Device-Id")).isNull();
        });
  }

  @Test
  void saveIntoAChosenFolder() {
    String target = client.files().resolve("/Documents").id();
    Share share = client.shares().open(publicShare);
    SaveResult r = share.save(SaveOptions.builder().fileIds(movie).targetFolder(target).build());
    assertThat(r.taskId()).isNotEmpty();
    assertThat(client.files().listAll(target).stream().map(FileEntry::name)).contains("movie.mp4");
    assertThat(requests("POST /drive/v1/share/restore")).hasSize(1);
  }

  @Test
  void saveFromASubFolderLinkFindsTheAncestors() {
    Share share = client.shares().open("https://mypikpak.com/s/" + publicShare + "/" + season);
    share.save(SaveOptions.all());
    FileEntry saved = client.files().resolve("/Pack From Shared/e01.mkv");
    assertThat(saved.size()).isEqualTo(4096);
  }

  @Test
  void savingOnesOwnShareIsItsOwnError() {
    String readme = client.files().resolve("/README.txt").id();
    CreatedShare mine = client.shares().create(CreateShareOptions.builder(readme).build());
    Share share = client.shares().open(mine.shareId());
    assertThatThrownBy(() -> share.save(SaveOptions.all())).isInstanceOf(FileRestoreOwnException.class);
    assertThat(requests("POST /drive/v1/share/restore")).hasSize(1);
  }

  @Test
  void createListDelete() {
    String readme = client.files().resolve("/README.txt").id();
    CreatedShare locked =
        client.shares().create(CreateShareOptions.builder(readme).randomPassCode().expiresInDays(7).build());
    CreatedShare open = client.shares().create(CreateShareOptions.builder(readme).passCode("k3y9").build());
    assertThat(locked.passCodeValue()).hasValueSatisfying(c -> assertThat(c).hasSize(4));
    assertThat(open.passCodeValue()).contains("k3y9");

    List<MyShare> mine = client.shares().mine().stream().collect(Collectors.toList());
    assertThat(mine).extracting(MyShare::shareId).containsExactly(open.shareId(), locked.shareId());
    assertThat(mine.get(1).expiresInDays()).hasValue(7);

    Share read = anonymous.shares().open(locked.link());
    assertThat(read.list("", "").items()).extracting(ShareEntry::name).containsExactly("README.txt");

    client.shares().delete(List.of(locked.shareId()));
    assertThat(client.shares().mine().stream().map(MyShare::shareId)).containsExactly(open.shareId());
    assertThatThrownBy(() -> anonymous.shares().open(ShareLink.parse(locked.shareId()).withPassCode("zzzz")))
        .isInstanceOf(ShareGoneException.class)
        .satisfies(e -> assertThat(((ShareGoneException) e).status()).isEqualTo(ShareStatus.DELETED));
  }

  @Test
  void restoreNeedsAnAccount() {
    Share share = anonymous.shares().open(publicShare);
    assertThatThrownBy(() -> share.save(SaveOptions.builder().fileIds(movie).build()))
        .isInstanceOf(io.github.pikpak4j.api.AuthenticationException.class);
    assertThat(requests("POST /drive/v1/share/restore")).isEmpty();
  }
}
