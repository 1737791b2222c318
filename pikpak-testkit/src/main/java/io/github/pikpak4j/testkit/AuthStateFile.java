package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the emulator's issued tokens ({@link AuthTokens}) in a JSON file, so an emulator restarted
 * with the same file accepts them. Written atomically (temporary file, then an atomic rename), owner
 * read/write only where the file system has POSIX permissions.
 *
 * <p>The file holds {@code {"version":1,"access_tokens":[{"token","user_id","client_id",
 * "expires_at"}],"refresh_tokens":[{"token","user_id","client_id"}]}}; expired access tokens are
 * left out.
 */
final class AuthStateFile {
  private static final int VERSION = 1;

  private final Path file;
  private final AuthTokens tokens;

  AuthStateFile(Path file, AuthTokens tokens) {
    this.file = file.toAbsolutePath();
    this.tokens = tokens;
  }

  /**
   * Loads the file into the tokens, if it exists.
   *
   * @throws UncheckedIOException when it cannot be read or is malformed
   */
  void load() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the emulator state file " + file, e);
    }
    List<AuthTokens.Access> access = new ArrayList<>();
    List<AuthTokens.Refresh> refresh = new ArrayList<>();
    try {
      Map<String, Object> root = Json.parseObject(text, "state");
      if (!(root.get("version") instanceof Double v) || v.intValue() != VERSION) {
        throw new IllegalArgumentException("unknown version");
      }
      for (Map<?, ?> m : objects(root.get("access_tokens"))) {
        access.add(
            new AuthTokens.Access(
                string(m, "token"),
                string(m, "user_id"),
                string(m, "client_id"),
                Instant.parse(string(m, "expires_at"))));
      }
      for (Map<?, ?> m : objects(root.get("refresh_tokens"))) {
        refresh.add(
            new AuthTokens.Refresh(string(m, "token"), string(m, "user_id"), string(m, "client_id")));
      }
    } catch (ApiFailure | IllegalArgumentException | DateTimeParseException e) {
      throw new UncheckedIOException(
          "malformed emulator state file " + file + " (delete it to start afresh)",
          new IOException(e.getClass().getSimpleName()));
    }
    tokens.restore(access, refresh);
  }

  /**
   * Writes the tokens' current state. Synchronized, and the state is read inside, so the last write
   * always holds the latest state.
   *
   * @throws UncheckedIOException when it cannot be written
   */
  synchronized void save() {
    Instant now = tokens.now();
    List<Map<String, Object>> access = new ArrayList<>();
    for (AuthTokens.Access a : tokens.accessTokens()) {
      if (now.isBefore(a.expiresAt())) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("token", a.token());
        m.put("user_id", a.userId());
        m.put("client_id", a.clientId());
        m.put("expires_at", a.expiresAt().toString());
        access.add(m);
      }
    }
    List<Map<String, Object>> refresh = new ArrayList<>();
    for (AuthTokens.Refresh r : tokens.refreshTokens()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("token", r.token());
      m.put("user_id", r.userId());
      m.put("client_id", r.clientId());
      refresh.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", VERSION);
    root.put("access_tokens", access);
    root.put("refresh_tokens", refresh);
    write(Json.write(root) + "\n");
  }

  private void write(String json) {
    try {
      PrivateFiles.write(file, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the emulator state file " + file, e);
    }
  }

  static List<Map<?, ?>> objects(@Nullable Object value) {
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException("expected an array");
    }
    List<Map<?, ?>> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> m)) {
        throw new IllegalArgumentException("expected an object");
      }
      out.add(m);
    }
    return out;
  }

  static String string(Map<?, ?> m, String key) {
    if (!(m.get(key) instanceof String s) || s.isEmpty()) {
      throw new IllegalArgumentException("missing " + key);
    }
    return s;
  }
}
