package io.github.pikpak4j.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
