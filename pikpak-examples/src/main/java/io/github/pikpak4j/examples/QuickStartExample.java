package io.github.pikpak4j.examples;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.core.account.StorageQuota;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.testkit.PikPakEmulator;

/**
 * Quick start, runnable without a PikPak account: starts the embedded emulator, signs in with its
 * demo account, lists the drive's root and prints the storage quota.
 *
 * <p>Against the real service, replace the emulator lines with
 * {@code PikPakClient.builder().username("you@example.com").password("...").build()} or
 * {@code PikPakClient.fromEnv()}.
 */
public final class QuickStartExample {
  private QuickStartExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (PikPakEmulator emulator = PikPakEmulator.start();
        PikPakClient client =
            PikPakClient.builder()
                .fromEnv(emulator.clientEnvironment()) // the emulator's endpoints and demo account
                .inMemorySession()
                .build()) {
      for (FileEntry entry : client.files().listAll("")) {
        System.out.printf("%-6s %12d  %s%n", entry.kind().jsonName(), entry.size(), entry.name());
      }
      StorageQuota quota = client.account().quota();
      System.out.printf("used %d of %d bytes%n", quota.usage(), quota.limit());
    }
  }
}
