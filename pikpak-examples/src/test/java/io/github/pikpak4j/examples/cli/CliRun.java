package io.github.pikpak4j.examples.cli;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Test fixture that runs the CLI in-process and reads its JSON output.
 *
 * <pre>{@code
 * Result r = CliRun.demo(emulator, dir, "--json", "ls", "/");   // emulator endpoints, demo account, HOME = dir
 * Result s = CliRun.inHome(home, "--sandbox", "whoami");         // HOME only: no endpoints, no credentials
 * Result e = CliRun.raw(Map.of("PIKPAK_SANDBOX", "1"), "quota");  // any environment, the arguments as given
 * Map<String, Object> m = CliRun.object(r.out());
 * }</pre>
 */
final class CliRun {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  /** What one run returned: the exit code and everything written to standard output and standard error. */
  record Result(int code, String out, String err) {
    /** Standard output followed by standard error. */
    String all() {
      return out + err;
    }
  }

  private CliRun() {}

  /** Runs {@code PikPakCli} with exactly these arguments and this environment. */
  static Result raw(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PikPakCli.run(args,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs with {@code HOME} set to {@code home} and no other environment or added arguments. */
  static Result inHome(Path home, String... args) {
    return raw(Map.of("HOME", home.toString()), args);
  }

  /**
   * Runs against {@code emulator} signed in as its demo account, with the session in {@code dir/session.json}
   * and {@code HOME} set to {@code dir}; {@code args} follow those connection options.
   */
  static Result demo(PikPakEmulator emulator, Path dir, String... args) {
    return inHome(dir, demoArgs(emulator, dir, args));
  }

  /** The connection options of the demo account on {@code emulator}, then {@code args}. */
  private static String[] demoArgs(PikPakEmulator emulator, Path dir, String... args) {
    List<String> all = new ArrayList<>(List.of(
        "--user-endpoint", emulator.userBaseUrl(),
        "--drive-endpoint", emulator.driveBaseUrl(),
        "--username", PikPakEmulator.DEMO_USERNAME,
        "--password", PikPakEmulator.DEMO_PASSWORD,
        "--session", dir.resolve("session.json").toString()));
    all.addAll(Arrays.asList(args));
    return all.toArray(new String[0]);
  }

  /** Writes {@code size} pseudo-random bytes (from {@code seed}) to {@code file}. */
  static Path randomFile(Path file, int size, long seed) throws IOException {
    byte[] b = new byte[size];
    new java.util.Random(seed).nextBytes(b);
    return java.nio.file.Files.write(file, b);
  }

  /**
   * Runs against {@code emulator} as {@link #demo} does, as if stderr were a terminal a person watches and
   * {@code input} what they type.
   */
  static Result terminal(PikPakEmulator emulator, Path dir, String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PikPakCommand root = new PikPakCommand(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of("HOME", dir.toString()), true);
    int code = PikPakCli.run(root, demoArgs(emulator, dir, args));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Parses JSON text into maps, lists, strings, doubles, booleans and nulls. */
  static @Nullable Object json(String text) throws IOException {
    return JSON.fromJson(text);
  }

  /** Parses a JSON object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String text) throws IOException {
    return (Map<String, Object>) json(text);
  }

  /** Parses a JSON array of objects. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> array(String text) throws IOException {
    return (List<Map<String, Object>>) json(text);
  }

  /** Writes maps, lists and plain values as JSON text. */
  static String toJson(@Nullable Object value) {
    return JSON.toJson(value);
  }
}
