package io.github.pikpak4j.auth;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** The JSON form of a {@link Session} in a {@link FileTokenStore} file (format version 1). */
final class SessionJson {
  private SessionJson() {}

  static String write(Session s) {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      w.setIndent("  ");
      w.beginObject();
      w.name("version").value(1);
      w.name("platform").value(s.platform().lowerName());
      w.name("client_id").value(s.clientId());
      w.name("device_id").value(s.deviceId().value());
      w.name("user_id").value(s.userId());
      w.name("refresh_token").value(s.refreshToken());
      if (s.accessToken() != null) {
        w.name("access_token").value(s.accessToken());
        Instant exp = s.accessTokenExpiresAt();
        if (exp != null) {
          w.name("access_token_expires_at").value(exp.toString());
        }
      }
      if (s.captchaToken() != null) {
        w.name("captcha_token").value(s.captchaToken());
        w.name("captcha_token_expires_at").value(String.valueOf(s.captchaTokenExpiresAt()));
      }
      w.endObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return buffer.readUtf8() + "\n";
  }

  /** Parses; throws IOException naming what is wrong (never the values). */
  static Session read(String json) throws IOException {
    String platform = null;
    String clientId = null;
    String deviceId = null;
    String userId = "";
    String refreshToken = null;
    String accessToken = null;
    Instant expiresAt = null;
    String captchaToken = null;
    Instant captchaExpiresAt = null;
    try (JsonReader r = JsonReader.of(new Buffer().writeUtf8(json))) {
      r.beginObject();
      while (r.hasNext()) {
        String name = r.nextName();
        if (r.peek() == JsonReader.Token.NULL) {
          r.nextNull();
          continue;
        }
        switch (name) {
          case "platform":
            platform = r.nextString();
            break;
          case "client_id":
            clientId = r.nextString();
            break;
          case "device_id":
            deviceId = r.nextString();
            break;
          case "user_id":
            userId = r.nextString();
            break;
          case "refresh_token":
            refreshToken = r.nextString();
            break;
          case "access_token":
            accessToken = r.nextString();
            break;
          case "access_token_expires_at":
            expiresAt = Instant.parse(r.nextString());
            break;
          case "captcha_token":
            captchaToken = r.nextString();
            break;
          case "captcha_token_expires_at":
            captchaExpiresAt = Instant.parse(r.nextString());
            break;
          default:
            r.skipValue();
        }
      }
      r.endObject();
    } catch (DateTimeParseException | com.squareup.moshi.JsonDataException e) {
      throw new IOException("malformed session file: " + e.getClass().getSimpleName());
    }
    require(platform, "platform");
    require(clientId, "client_id");
    require(refreshToken, "refresh_token");
    if (!DeviceId.isValid(deviceId)) {
      throw new IOException("malformed session file: device_id is not 32 lowercase hex characters");
    }
    Platform p;
    try {
      p = Platform.parse(platform);
    } catch (RuntimeException e) {
      throw new IOException("malformed session file: unknown platform");
    }
    return Session.builder()
        .platform(p)
        .clientId(clientId)
        .deviceId(DeviceId.of(deviceId))
        .userId(userId)
        .refreshToken(refreshToken)
        .accessToken(accessToken, expiresAt)
        .captchaToken(captchaToken, captchaExpiresAt)
        .build();
  }

  private static void require(@Nullable String value, String name) throws IOException {
    if (value == null || value.isBlank()) {
      throw new IOException("malformed session file: " + name + " is missing");
    }
  }
}
