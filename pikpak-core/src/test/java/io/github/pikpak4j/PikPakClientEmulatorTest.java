package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.account.LoginResult;
import io.github.pikpak4j.core.account.StorageQuota;
import io.github.pikpak4j.core.account.UserProfile;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.FileKind;
import io.github.pikpak4j.testkit.PikPakEmulator;
import io.github.pikpak4j.testkit.RecordedRequest;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade end to end against the strict emulator. */
class PikPakClientEmulatorTest {
  private PikPakEmulator emulator;
  private PikPakClient client;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.start();
    client = demoClient().build();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private PikPakClientBuilder demoClient() {
    return PikPakClient.builder()
        .userEndpoint(emulator.userBaseUrl())
        .driveEndpoint(emulator.driveBaseUrl())
        .username(PikPakEmulator.DEMO_USERNAME)
        .password(PikPakEmulator.DEMO_PASSWORD)
        .inMemorySession();
  }

  @Test
  void listsTheRootOfTheDemoTree() {
    List<String> names = client.files().listAll("").stream().map(FileEntry::name).collect(Collectors.toList());
    assertThat(names).contains("My Pack", "Documents", "Videos", "Many Files", "README.txt");
    FileEntry readme = client.files().resolve("/README.txt");
    assertThat(readme.kind()).isEqualTo(FileKind.FILE);
    assertThat(readme.size()).isPositive();
    assertThat(readme.hash()).matches("[0-9A-F]{40}");
    assertThat(readme.parentId()).isEmpty();
  }

  @Test
  void listSendsTheStandardFilterAndPageSizeOnTheWire() {
    client.files().list("");
    RecordedRequest list =
        emulator.requests().stream().filter(r -> r.methodAndPath().equals("GET /drive/v1/files")).findFirst()
            .orElseThrow();
    assertThat(list.queryParameter("filters"))
        .isEqualTo("{\"phase\":{\"eq\":\"PHASE_TYPE_COMPLETE\"},\"trashed\":{\"eq\":false}}");
    assertThat(list.queryParameter("limit")).isEqualTo("100");
    assertThat(list.queryParameter("page_token")).isEmpty();
    assertThat(list.header("Authorization")).startsWith("Bearer ");
    assertThat(list.header("X-Captcha-Token")).isNotBlank();
  }

  @Test
  void pagesAFolderLargerThanOnePageLazily() {
    String many = client.files().resolve("/Many Files").id();
    int listsBefore = emulator.requestCount("GET", "/drive/v1/files");

    Page<FileEntry> first = client.files().list(many);
    assertThat(first.items()).hasSize(100);
    assertThat(first.hasNext()).isTrue();
    Page<FileEntry> second = client.files().list(many, first.nextPageToken().orElseThrow());
    assertThat(second.items()).hasSize(100).doesNotContainAnyElementsOf(first.items());

    Iterator<FileEntry> it = client.files().listAll(many).iterator();
    int afterExplicitPages = emulator.requestCount("GET", "/drive/v1/files");
    assertThat(afterExplicitPages - listsBefore).isEqualTo(2);
    for (int i = 0; i < 100; i++) {
      it.next();
    }
    assertThat(emulator.requestCount("GET", "/drive/v1/files") - afterExplicitPages)
        .as("the auto-pager fetched only the first page for the first 100 items")
        .isEqualTo(1);
    int rest = 0;
    while (it.hasNext()) {
      it.next();
      rest++;
    }
    assertThat(rest).isEqualTo(150);
    assertThat(emulator.requestCount("GET", "/drive/v1/files") - afterExplicitPages).isEqualTo(3);
  }

  @Test
  void resolvesNestedPathsAndIdReferences() {
    FileEntry nested = client.files().resolve("/Documents/Nested/small.bin");
    assertThat(nested.size()).isEqualTo(300 * 1024);
    assertThat(client.files().resolve("id:" + nested.id())).isEqualTo(client.files().get(nested.id()));
    assertThat(client.files().resolve("/").isFolder()).isTrue();
    assertThat(client.files().resolve("//Documents/").name()).isEqualTo("Documents");
  }

  @Test
  void rootFolderIdScopesPaths() {
    String docs = client.files().resolve("/Documents").id();
    try (PikPakClient scoped = demoClient().rootFolderId(docs).build()) {
      assertThat(scoped.files().resolve("/notes.txt").name()).isEqualTo("notes.txt");
    }
  }

  @Test
  void missingPathIsNotFoundNamingThePath() {
    assertThatThrownBy(() -> client.files().resolve("/Documents/nope.txt"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("/Documents/nope.txt");
    assertThatThrownBy(() -> client.files().resolve("/README.txt/inside"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("not a folder: /README.txt");
  }

  @Test
  void relativePathFailsBeforeAnyRequest() {
    assertThatThrownBy(() -> client.files().resolve("Documents")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> client.files().resolve("id:")).isInstanceOf(InvalidInputException.class);
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void unknownIdIsNotFound() {
    assertThatThrownBy(() -> client.files().get("no-such-id")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void accountUserAndQuota() {
    UserProfile me = client.account().user();
    assertThat(me.userId()).isEqualTo(emulator.demoUserId());
    assertThat(me.email()).isEqualTo(PikPakEmulator.DEMO_USERNAME);
    StorageQuota quota = client.account().quota();
    assertThat(quota.limit()).isPositive();
    assertThat(quota.usage()).isPositive().isLessThanOrEqualTo(quota.limit());
  }

  @Test
  void loginSavesTheSessionAndASecondClientReusesItWithoutSigningIn(@TempDir Path dir) {
    Path session = dir.resolve("session.json");
    LoginResult first;
    try (PikPakClient c = demoClient().sessionFile(session).build()) {
      first = c.login();
    }
    assertThat(first.userId()).isEqualTo(emulator.demoUserId());
    assertThat(first.deviceId()).matches("[0-9a-f]{32}");
    assertThat(emulator.requestCount("POST", "/v1/auth/signin")).isEqualTo(1);

    try (PikPakClient again = demoClient().sessionFile(session).build()) {
      assertThat(again.deviceId()).isEqualTo(first.deviceId());
      assertThat(again.account().user().userId()).isEqualTo(first.userId());
    }
    assertThat(emulator.requestCount("POST", "/v1/auth/signin")).as("no second sign-in").isEqualTo(1);
  }

  @Test
  void startsFromARefreshTokenAlone(@TempDir Path dir) {
    Path session = dir.resolve("session.json");
    try (PikPakClient c = demoClient().sessionFile(session).build()) {
      c.login();
    }
    String refreshToken = sessionRefreshToken(session);
    try (PikPakClient c =
        PikPakClient.builder()
            .userEndpoint(emulator.userBaseUrl())
            .driveEndpoint(emulator.driveBaseUrl())
            .refreshToken(refreshToken)
            .inMemorySession()
            .build()) {
      assertThat(c.account().user().userId()).isEqualTo(emulator.demoUserId());
    }
    assertThat(emulator.requestCount("POST", "/v1/auth/signin")).isEqualTo(1);
  }

  private static String sessionRefreshToken(Path session) {
    return io.github.pikpak4j.auth.FileTokenStore.of(session).load().orElseThrow().refreshToken();
  }

  @Test
  void eachPlatformSignsInAgainstTheStrictEmulator() {
    for (String platform : List.of("android", "web", "pc")) {
      try (PikPakClient c = demoClient().platform(platform).build()) {
        assertThat(c.login().userId()).as(platform).isEqualTo(emulator.demoUserId());
        assertThat(c.files().list("").items()).as(platform).isNotEmpty();
      }
    }
  }
}
