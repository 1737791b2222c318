package io.github.pikpak4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.model.CreateFolderRequest;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redirects and answer sizes at the API client (issue 11, 2 and 3). */
class ApiClientBoundsTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();

  private final OkHttpClient base = new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).build();
  private DriveApi drive;

  @BeforeEach
  void setUp() {
    elsewhere.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"stolen\"}").build());
    String url = server.url("/").toString();
    drive = PikPakApis.create(url, url, PikPakApis.apiClient(base, 1024)).driveApi();
  }

  @Test
  void aRedirectIsATypedErrorNamingTheEndpointAndTheBodyIsNotReplayed() throws Exception {
    for (int code : new int[] {301, 302, 303, 307, 308}) {
      server.enqueue(
          new MockResponse.Builder().code(code).addHeader("Location", elsewhere.url("/x?token=secret")).build());
      assertThatThrownBy(() -> ApiCalls.execute(drive.createFolder(CreateFolderRequest.of("", "n"))))
          .isInstanceOfSatisfying(
              RedirectException.class,
              e -> {
                assertThat(e.httpStatus()).isEqualTo(code);
                assertThat(e.endpoint()).isEqualTo("POST /drive/v1/files");
                assertThat(e.location()).isEqualTo("http://" + elsewhere.getHostName() + ":" + elsewhere.getPort());
              })
          .hasMessageContaining("POST /drive/v1/files")
          .hasMessageNotContaining("secret");
    }
    assertThat(elsewhere.getRequestCount()).isZero();
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void aClientThatFollowsRedirectsIsTurnedIntoOneThatDoesNot() {
    OkHttpClient following = base.newBuilder().followRedirects(true).followSslRedirects(true).build();
    OkHttpClient api = PikPakApis.apiClient(following, 10);
    assertThat(api.followRedirects()).isFalse();
    assertThat(api.followSslRedirects()).isFalse();
    assertThat(PikPakApis.apiClient(api, 99)).isSameAs(api);
    String url = server.url("/").toString();
    DriveApi plain = PikPakApis.create(url, url, following).driveApi();
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", elsewhere.url("/")).build());
    assertThatThrownBy(() -> ApiCalls.execute(plain.about())).isInstanceOf(RedirectException.class);
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void aDeclaredLengthOverTheLimitFailsBeforeReading() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"kind\":\"" + "a".repeat(2000) + "\"}").build());
    assertThatThrownBy(() -> ApiCalls.execute(drive.about()))
        .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(1024))
        .hasMessageContaining("GET /drive/v1/about")
        .hasMessageContaining("1024");
  }

  @Test
  void aChunkedBodyOverTheLimitFailsAsyncToo() {
    Buffer chunked = new Buffer().writeUtf8("{\"kind\":\"" + "a".repeat(5000) + "\"}");
    server.enqueue(new MockResponse.Builder().code(200).chunkedBody(chunked, 100).build());
    server.enqueue(new MockResponse.Builder().code(500).chunkedBody(new Buffer().writeUtf8("x".repeat(5000)), 100).build());
    assertThatThrownBy(() -> ApiCalls.executeAsync(drive.about()).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(ResponseTooLargeException.class);
    assertThatThrownBy(() -> ApiCalls.execute(drive.about())).isInstanceOf(ResponseTooLargeException.class);
  }

  @Test
  void anAnswerWithinTheLimitIsRead() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"kind\":\"drive#about\"}").build());
    assertThat(ApiCalls.execute(drive.about())).isNotNull();
    RecordedRequest r = server.takeRequest();
    assertThat(r.getTarget()).isEqualTo("/drive/v1/about");
  }
}
