package io.github.pikpak4j.benchmarks.upload;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.ApiCalls;
import io.github.pikpak4j.api.PikPakApis;
import io.github.pikpak4j.api.UploadApi;
import io.github.pikpak4j.api.model.OssParams;
import io.github.pikpak4j.api.model.UploadRequest;
import io.github.pikpak4j.api.model.UploadResponse;
import io.github.pikpak4j.auth.InMemoryTokenStore;
import io.github.pikpak4j.auth.PikPakAuth;
import io.github.pikpak4j.core.hash.Gcid;
import io.github.pikpak4j.core.hash.GcidBlockRule;
import io.github.pikpak4j.core.transfer.upload.UploadOptions;
import io.github.pikpak4j.core.transfer.upload.UploadResult;
import io.github.pikpak4j.core.transfer.upload.internal.OssSigner;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;

/**
 * The upload benchmark of issue 4, in one run on the same 1 GiB file: GCID throughput (parallel
 * blocks) against a plain sequential {@code MessageDigest} SHA-1 of the same bytes, and a 256 MiB
 * upload to the emulator's OSS endpoint through the SDK against {@code curl -T} of the same file to
 * the same endpoint (a V1-signed PUT with the same STS credentials shape), with the peak heap used
 * above idle during the SDK runs. Each figure is the best of {@code RUNS} runs after one warm-up.
 *
 * <p>Run with {@code pikpak-benchmarks/upload-bench.sh}; argument: the working directory (default a
 * new temporary directory, deleted at the end).
 */
public final class UploadBenchmark {
  private static final long GIB = 1L << 30;
  private static final long UPLOAD_SIZE = 256L << 20;
  private static final int RUNS = 3;

  private UploadBenchmark() {}

  /**
   * Runs the benchmark and prints the figures.
   *
   * @param args optional working directory
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("pikpak-upload-bench");
    Files.createDirectories(work);
    Path big = work.resolve("bench-1g.bin");
    Path upload = work.resolve("bench-256m.bin");
    try {
      System.out.printf(Locale.ROOT, "machine: %d processors, %s %s, max heap %d MiB%n",
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
          System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
      write(big, GIB);
      copyPrefix(big, upload, UPLOAD_SIZE);

      // ---- GCID vs sequential SHA-1 over the same 1 GiB ----
      sha1(big);
      Gcid.of(big);
      double sha1Best = Double.MAX_VALUE;
      double gcidBest = Double.MAX_VALUE;
      for (int i = 0; i < RUNS; i++) {
        long t0 = System.nanoTime();
        sha1(big);
        sha1Best = Math.min(sha1Best, (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        Gcid.of(big, GcidBlockRule.DOUBLING, Runtime.getRuntime().availableProcessors());
        gcidBest = Math.min(gcidBest, (System.nanoTime() - t0) / 1e9);
      }
      System.out.printf(Locale.ROOT, "sha1 sequential (1 GiB): %.3f s = %.0f MiB/s%n", sha1Best, 1024 / sha1Best);
      System.out.printf(Locale.ROOT, "gcid parallel   (1 GiB): %.3f s = %.0f MiB/s%n", gcidBest, 1024 / gcidBest);
      System.out.printf(Locale.ROOT, "GCID / SHA-1 throughput ratio: %.2f x (target >= 1.5)%n", sha1Best / gcidBest);

      // ---- 256 MiB upload: SDK vs curl ----
      String gcid = Gcid.of(upload);
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      double sdkBest = Double.MAX_VALUE;
      double sdkFullBest = Double.MAX_VALUE;
      double curlBest = Double.MAX_VALUE;
      long heapPeakAboveIdle = 0;
      for (int i = 0; i <= RUNS; i++) {
        double[] sdk = sdkUpload(upload, gcid, true, memory);
        double[] full = sdkUpload(upload, gcid, false, memory);
        double curl = curlUpload(upload, gcid);
        if (i > 0) { // the first round warms up
          sdkBest = Math.min(sdkBest, sdk[0]);
          sdkFullBest = Math.min(sdkFullBest, full[0]);
          curlBest = Math.min(curlBest, curl);
          heapPeakAboveIdle = Math.max(heapPeakAboveIdle, (long) Math.max(sdk[1], full[1]));
        }
      }
      System.out.printf(Locale.ROOT, "curl -T         (256 MiB): %.3f s = %.0f MiB/s%n", curlBest, 256 / curlBest);
      System.out.printf(Locale.ROOT, "SDK upload, GCID given    : %.3f s = %.0f MiB/s%n", sdkBest, 256 / sdkBest);
      System.out.printf(Locale.ROOT, "SDK upload, GCID computed : %.3f s = %.0f MiB/s%n", sdkFullBest, 256 / sdkFullBest);
      System.out.printf(Locale.ROOT, "SDK / curl throughput ratio: %.2f x (GCID given), %.2f x (GCID computed) (target >= 0.8)%n",
          curlBest / sdkBest, curlBest / sdkFullBest);
      System.out.printf(Locale.ROOT, "peak heap used above idle during SDK uploads: %.1f MiB (target < 64)%n",
          heapPeakAboveIdle / 1048576.0);
    } finally {
      Files.deleteIfExists(big);
      Files.deleteIfExists(upload);
      if (args.length == 0) {
        Files.deleteIfExists(work);
      }
    }
  }

  /** One SDK upload to a fresh emulator; returns seconds and peak heap above idle in bytes. */
  private static double[] sdkUpload(Path file, String gcid, boolean gcidGiven, MemoryMXBean memory) throws Exception {
    try (PikPakEmulator emu = PikPakEmulator.builder().demoTree(false).start();
        PikPakClient client = client(emu)) {
      client.login();
      System.gc();
      long idle = memory.getHeapMemoryUsage().getUsed();
      AtomicLong peak = new AtomicLong(idle);
      AtomicBoolean running = new AtomicBoolean(true);
      Thread sampler = new Thread(() -> {
        while (running.get()) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();
      UploadOptions o = UploadOptions.builder().gcid(gcidGiven ? gcid : null).build();
      long t0 = System.nanoTime();
      UploadResult r = client.uploads().upload(file, "", o);
      double seconds = (System.nanoTime() - t0) / 1e9;
      running.set(false);
      sampler.join();
      if (r.instant() || r.file().size() != Files.size(file) || !gcid.equals(r.file().hash())) {
        throw new IllegalStateException("unexpected upload result: " + r);
      }
      return new double[] {seconds, peak.get() - idle};
    }
  }

  /** One {@code curl -T} of the file to the OSS endpoint of a fresh emulator, signed like the SDK signs. */
  private static double curlUpload(Path file, String gcid) throws Exception {
    try (PikPakEmulator emu = PikPakEmulator.builder().demoTree(false).start()) {
      OkHttpClient base = new OkHttpClient();
      PikPakAuth auth = PikPakAuth.builder()
          .credentials(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD)
          .tokenStore(new InMemoryTokenStore())
          .userBaseUrl(emu.userBaseUrl())
          .httpClient(base)
          .build();
      OkHttpClient http = base.newBuilder().addInterceptor(auth.interceptor()).build();
      UploadApi api = PikPakApis.retrofit(emu.driveBaseUrl(), http).create(UploadApi.class);
      UploadResponse created = ApiCalls.execute(api.create(UploadRequest.of("", "curl.bin", Files.size(file), gcid)));
      OssParams p = created.resumable().params();
      String date = OssSigner.httpDate(Clock.systemUTC());
      String toSign = OssSigner.stringToSign("PUT", "", "", date, Map.of("x-oss-security-token", p.securityToken()),
          "/" + p.bucket() + "/" + p.key());
      String url = emu.ossBaseUrl() + p.bucket() + "/" + p.key();
      List<String> cmd = new ArrayList<>(List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-T",
          file.toString(), "-H", "Expect:", "-H", "Date: " + date, "-H", "x-oss-security-token: " + p.securityToken(),
          "-H", "Authorization: OSS " + p.accessKeyId() + ":" + OssSigner.sign(p.accessKeySecret(), toSign), url));
      long t0 = System.nanoTime();
      Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String output = new String(proc.getInputStream().readAllBytes()).trim();
      int exit = proc.waitFor();
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (exit != 0 || !output.equals("200")) {
        throw new IllegalStateException("curl failed: exit " + exit + ", " + output);
      }
      base.dispatcher().executorService().shutdown();
      return seconds;
    }
  }

  private static PikPakClient client(PikPakEmulator emu) {
    return PikPakClient.builder()
        .fromEnv(emu.clientEnvironment())
        .inMemorySession()
        .build();
  }

  private static void sha1(Path file) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-1");
    ByteBuffer buf = ByteBuffer.allocate(1 << 20);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      while (ch.read(buf) >= 0) {
        buf.flip();
        md.update(buf);
        buf.clear();
      }
    }
    md.digest();
  }

  /** Writes deterministic pseudo-random bytes (xorshift), 1 MiB at a time. */
  private static void write(Path file, long size) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1 << 20);
    long x = 0x9E3779B97F4A7C15L;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      for (long done = 0; done < size; done += buf.capacity()) {
        buf.clear();
        while (buf.hasRemaining()) {
          x ^= x << 13;
          x ^= x >>> 7;
          x ^= x << 17;
          buf.putLong(x);
        }
        buf.flip();
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
      }
    }
  }

  private static void copyPrefix(Path from, Path to, long size) throws IOException {
    try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
        FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      long pos = 0;
      while (pos < size) {
        pos += in.transferTo(pos, size - pos, out);
      }
    }
  }
}
