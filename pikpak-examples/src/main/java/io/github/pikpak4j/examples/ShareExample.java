package io.github.pikpak4j.examples;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.PikPakClientBuilder;
import io.github.pikpak4j.share.CreatedShare;
import io.github.pikpak4j.share.CreateShareOptions;
import io.github.pikpak4j.share.SaveOptions;
import io.github.pikpak4j.share.SaveResult;
import io.github.pikpak4j.share.Share;
import io.github.pikpak4j.share.ShareLinkChoice;
import io.github.pikpak4j.share.ShareTreeEntry;
import io.github.pikpak4j.share.TranscodePolicy;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.util.List;

/**
 * Shares, runnable without a PikPak account: a friend (a second emulator account) shares a folder
 * and a video with a pass code; we read it anonymously, pick the transcoded rendition of the video,
 * save the folder into our drive signed in, then share a file of our own.
 *
 * <p>Against the real service, open any {@code https://mypikpak.com/s/...} link with {@code
 * client.shares().open(url)}; a client built without credentials reads shares anonymously.
 */
public final class ShareExample {
  private ShareExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (PikPakEmulator emulator = PikPakEmulator.start()) {
      String friend = emulator.addAccount("friend@pikpak4j.dev", "friend-password");
      EmulatedDrive drive = emulator.drive(friend);
      String album = drive.addFolder("", "Album");
      drive.addFile(album, "cover.jpg", 2048, 1);
      String video = drive.addFile("", "holiday.mp4", 50_000, 2);
      drive.addMedia(video, "1080P", 1080, true, 0, 0);
      drive.addMedia(video, "720P", 720, false, 30_000, 3);
      String shareId = emulator.shares().create(friend, List.of(album, video), "2024");
      String url = "https://mypikpak.com/s/" + shareId + "?pwd=2024";

      PikPakClientBuilder base =
          PikPakClient.builder()
              .userEndpoint(emulator.userBaseUrl())
              .driveEndpoint(emulator.driveBaseUrl())
              .inMemorySession();
      try (PikPakClient nobody = base.build()) { // no account: anonymous reads
        Share share = nobody.shares().open(url);
        for (ShareTreeEntry e : share.walk("", 3, 100)) {
          System.out.printf("%-6s %8d  %s%n", e.entry().folder() ? "folder" : "file", e.entry().size(), e.path());
        }
        ShareLinkChoice link = share.link(video, TranscodePolicy.TRANSCODED);
        System.out.println("transcoded " + link.variant().orElse("?") + ": " + link.url());
      }

      try (PikPakClient me =
          base.username(PikPakEmulator.DEMO_USERNAME).password(PikPakEmulator.DEMO_PASSWORD).build()) {
        SaveResult saved = me.shares().open(url).save(SaveOptions.builder().fileIds(album).build());
        System.out.println("saved into Pack From Shared, task " + saved.taskId());
        String readme = me.files().resolve("/README.txt").id();
        CreatedShare mine = me.shares().create(CreateShareOptions.builder(readme).randomPassCode().build());
        System.out.println("my share: " + mine.link().url() + " (pass code set: " + mine.passCodeValue().isPresent() + ")");
      }
    }
  }
}
