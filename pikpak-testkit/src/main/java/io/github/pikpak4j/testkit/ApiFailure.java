package io.github.pikpak4j.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An API error to answer with the PikPak envelope; thrown inside request handling. */
final class ApiFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int httpStatus;
  final String error;
  final int errorCode;
  final String description;
  final String reason;

  ApiFailure(int httpStatus, String error, int errorCode, String description, String reason) {
    super(error + " " + errorCode + ": " + description, null, false, false);
    this.httpStatus = httpStatus;
    this.error = error;
    this.errorCode = errorCode;
    this.description = description;
    this.reason = reason;
  }

  String body() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", error);
    m.put("error_code", errorCode);
    m.put("error_url", "");
    m.put("error_description", description);
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("@type", "type.googleapis.com/google.rpc.ErrorInfo");
    info.put("reason", reason);
    info.put("domain", "");
    info.put("metadata", Map.of());
    m.put("error_details", List.of(info));
    return Json.write(m);
  }

  static ApiFailure invalidArgument(String description) {
    return new ApiFailure(400, "invalid_argument", 3, description, "INVALID_ARGUMENT");
  }

  static ApiFailure clientIdNotMatch() {
    return new ApiFailure(400, "invalid_argument", 3, "client_id not match", "CLIENT_ID_NOT_MATCH");
  }

  static ApiFailure notFound(String description) {
    return new ApiFailure(404, "not_found", 5, description, "NOT_FOUND");
  }

  static ApiFailure unauthenticated(String description) {
    return new ApiFailure(401, "unauthenticated", 16, description, "UNAUTHENTICATED");
  }

  /** Captcha error on sign-in and captcha init: code 4002. */
  static ApiFailure captchaInvalid4002(String description) {
    return new ApiFailure(400, "captcha_invalid", 4002, description, "CAPTCHA_INVALID");
  }

  /** Captcha error on API calls: code 9 (HTTP status configurable). */
  static ApiFailure captchaInvalid9(int httpStatus, String description) {
    return new ApiFailure(httpStatus, "captcha_invalid", 9, description, "CAPTCHA_INVALID");
  }

  static ApiFailure captchaRequired() {
    return new ApiFailure(
        400, "captcha_required", 4002, "Please add captcha before you sign in", "CAPTCHA_REQUIRED");
  }

  static ApiFailure invalidAccountOrPassword() {
    return new ApiFailure(
        400,
        "invalid_account_or_password",
        4022,
        "Account or password is incorrect",
        "INVALID_ACCOUNT_OR_PASSWORD");
  }

  static ApiFailure invalidGrant(String description) {
    return new ApiFailure(400, "invalid_grant", 4126, description, "INVALID_GRANT");
  }
}
