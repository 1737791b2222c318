package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidResponseException;
import io.github.pikpak4j.api.RedirectException;
import io.github.pikpak4j.api.ResponseTooLargeException;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.util.List;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A server (or something in between) that redirects, loops its paging or answers without end: issue 11, 2 and 3. */
class HostileApiTest {
  @StartStop final MockWebServer elsewhere = new MockWebServer();

  private PikPakEmulator emulator;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.start();
    elsewhere.enqueue(new MockResponse.Builder().code(200).body("{}").build());
  }

  @AfterEach
  void stop() {
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
  void aRedirectedSignInIsATypedErrorAndThePasswordGoesNowhereElse() {
    emulator.faults().redirect("POST /v1/auth/signin", 1, elsewhere.url("/v1/auth/signin").toString());
    try (PikPakClient client = demoClient().build()) {
      assertThatThrownBy(client::login)
          .isInstanceOf(RedirectException.class)
          .hasMessageContaining("POST /v1/auth/signin")
          .hasMessageContaining(elsewhere.getHostName())
          .hasMessageNotContaining(PikPakEmulator.DEMO_PASSWORD);
    }
    assertThat(elsewhere.getRequestCount()).isZero();
    assertThat(emulator.requestCount("POST", "/v1/auth/signin")).isEqualTo(1);
  }

  @Test
  void aRedirectedDriveCallIsATypedErrorAndTheTokenGoesNowhereElse() {
    try (PikPakClient client = demoClient().build()) {
      client.login();
      emulator.faults().redirect("GET /drive/v1/about", 2, elsewhere.url("/drive/v1/about").toString());
      assertThatThrownBy(() -> client.account().quota())
          .isInstanceOf(RedirectException.class)
          .hasMessageContaining("GET /drive/v1/about");
      assertThatThrownBy(() -> client.async().account().quota().join())
          .isInstanceOf(CompletionException.class);
    }
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  @Timeout(60) // without the guard this walk never ends
  void aListingThatRepeatsItsPageTokenEnds() {
    try (PikPakClient client = demoClient().build()) {
      client.login();
      emulator.faults().repeatPageToken("GET /drive/v1/files", Integer.MAX_VALUE, "files");
      assertThatThrownBy(() -> client.files().listAll("").stream().count())
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("repeated a page token");
      assertThat(emulator.requestCount("GET", "/drive/v1/files")).isEqualTo(2);
      assertThatThrownBy(() -> client.files().resolve("/Documents/nothing-here"))
          .isInstanceOf(InvalidResponseException.class);
      assertThatThrownBy(() -> client.async().files().listAll("").toList().join())
          .hasRootCauseInstanceOf(InvalidResponseException.class);
    }
  }

  @Test
  void aHugeAnswerIsATypedErrorReadNoFurtherThanTheLimit() {
    long huge = 1L << 30; // 1 GiB: held in memory it would need several times that
    try (PikPakClient client = demoClient().maxResponseBytes(1 << 20).build()) {
      client.login();
      emulator.faults().hugeBody("GET /drive/v1/files", 1, huge);
      assertThatThrownBy(() -> client.files().list(""))
          .isInstanceOf(ResponseTooLargeException.class)
          .hasMessageContaining("GET /drive/v1/files")
          .hasMessageContaining("1048576");
      // the next call works: nothing is left half-read on a reused connection
      assertThat(client.files().listAll("").stream().map(FileEntry::name)).contains("README.txt");
    }
    assertThat(emulator.faults().hugeBodyBytesSent()).isLessThan(huge / 8);
  }

  @Test
  @Timeout(60)
  void aShareWalkWhosePagingLoopsEnds() {
    String owner = emulator.addAccount("owner@pikpak4j.dev", "owner-password");
    String folder = emulator.drive(owner).addFolder("", "Show");
    String share = emulator.shares().create(owner, List.of(folder), null);
    try (PikPakClient anonymous =
        PikPakClient.builder()
            .userEndpoint(emulator.userBaseUrl())
            .driveEndpoint(emulator.driveBaseUrl())
            .inMemorySession()
            .build()) {
      String url = "https://mypikpak.com/s/" + share;
      emulator.faults().respond("GET /drive/v1/share/detail", Integer.MAX_VALUE, 200,
          "{\"share_status\":\"OK\",\"files\":[],\"next_page_token\":\"again\"}");
      assertThatThrownBy(() -> anonymous.async().shares().open(url).join().walk("", 3, 1000).join())
          .hasRootCauseInstanceOf(InvalidResponseException.class);
      assertThatThrownBy(() -> anonymous.shares().open(url).walk("", 3, 1000))
          .isInstanceOf(InvalidResponseException.class);
    }
  }
}
