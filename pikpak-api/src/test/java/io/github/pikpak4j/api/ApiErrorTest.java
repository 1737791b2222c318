package io.github.pikpak4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ApiErrorTest {

  @Test
  void parsesTheFullEnvelopeWithTheFirstReason() {
    ApiError e =
        ApiError.parse(
            "{\"error\":\"captcha_invalid\",\"error_code\":4002,"
                + "\"error_description\":\"Aborted\","
                + "\"details\":[{\"@type\":\"x\",\"reason\":\"first\",\"metadata\":[]},"
                + "{\"reason\":\"second\"}],\"other\":{\"a\":[1,2]}}");
    assertThat(e).isEqualTo(new ApiError("captcha_invalid", 4002, "Aborted", "first"));
  }

  @Test
  void readsErrorDetailsAndStringCodes() {
    ApiError e = ApiError.parse("{\"error_code\":\"16\",\"error_details\":[{\"reason\":\"r\"}]}");
    assertThat(e).isEqualTo(new ApiError(null, 16, null, "r"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "not json",
        "[{\"error\":\"x\"}]",
        "{\"files\":[{\"error\":\"nested\",\"error_code\":5}]}",
        "{\"error\":\"\",\"error_code\":0}",
        "{\"error\":null}",
        "{\"error\":\"x\"",
      })
  void isNullWhenTheBodyIsNotAnErrorEnvelope(String body) {
    assertThat(ApiError.parse(body)).isNull();
  }
}
