package io.github.pikpak4j.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import io.github.pikpak4j.api.ApiCalls;
import io.github.pikpak4j.api.PikPakException;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import okio.ByteString;
import retrofit2.Call;
import retrofit2.Retrofit;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;
import retrofit2.http.GET;
import retrofit2.http.POST;

class EnvelopeConverterFactoryTest {

  interface Sample {
    @GET("drive/v1/files/{id}?x=1")
    void get();

    @POST("/v1/auth/token")
    void absolute();
  }

  private static Annotation[] of(String method) throws Exception {
    return Sample.class.getDeclaredMethod(method).getAnnotations();
  }

  @Test
  void endpointJoinsBasePathAndDropsQuery() throws Exception {
    assertThat(EnvelopeConverterFactory.endpoint(of("get"), "/api/"))
        .isEqualTo("GET /api/drive/v1/files/{id}");
    assertThat(EnvelopeConverterFactory.endpoint(of("absolute"), "/api/"))
        .isEqualTo("POST /v1/auth/token");
  }

  @Test
  void templateMatchesOnlyTheSameCall() {
    var p = EnvelopeConverterFactory.template("GET /drive/v1/files/{id}");
    assertThat(p.matcher("GET /drive/v1/files/abc%20d").matches()).isTrue();
    assertThat(p.matcher("GET /drive/v1/files/abc/x").matches()).isFalse();
    assertThat(p.matcher("POST /drive/v1/files/abc").matches()).isFalse();
    assertThat(EnvelopeConverterFactory.template("POST /v1/shield/captcha/init")
            .matcher("GET /drive/v1/about").matches())
        .isFalse();
  }

  interface Json {
    @GET("any")
    Call<Map<String, Object>> get();
  }

  @StartStop final MockWebServer server = new MockWebServer();

  private Map<String, Object> answer(Buffer body) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(body).build());
    Json api = new Retrofit.Builder().baseUrl(server.url("/"))
        .addConverterFactory(EnvelopeConverterFactory.create(new Moshi.Builder().build()))
        .build().create(Json.class);
    return ApiCalls.execute(api.get());
  }

  @Test
  void aSuccessIsDecodedFromTheBytesWhateverItsNamesHoldAndAnEnvelopeInIt200IsStillAnError() throws Exception {
    // a listed name that contains the word is not an envelope
    assertThat(answer(new Buffer().writeUtf8("{\"files\":[{\"name\":\"\\\"error\\\" é.txt\"}]}")))
        .containsKey("files");
    // a byte-order mark before the document is skipped, as when the body was read as text
    assertThat(answer(new Buffer().write(ByteString.decodeHex("efbbbf")).writeUtf8("{\"kind\":\"x\"}")))
        .containsEntry("kind", "x");
    assertThatThrownBy(() -> answer(new Buffer()
            .writeUtf8("{\"error\":\"file_not_found\",\"error_code\":9,\"error_description\":\"gone\"}")))
        .isInstanceOf(PikPakException.class)
        .hasMessageContaining("gone");
  }
}
