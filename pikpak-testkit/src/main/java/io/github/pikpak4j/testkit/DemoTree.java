package io.github.pikpak4j.testkit;

/** Seeds the demo account's drive with a small, deterministic tree. */
final class DemoTree {
  static final String README_TEXT =
      "Welcome to the pikpak4j emulator.\n"
          + "This drive is generated: every byte comes from a deterministic content source.\n";

  private DemoTree() {}

  static void seed(EmulatedDrive d) {
    String root = d.root();
    String myPack = d.addFolder(root, "My Pack");
    d.setFolderType(myPack, "DOWNLOAD");
    String docs = d.addFolder(root, "Documents");
    String videos = d.addFolder(root, "Videos");
    String many = d.addFolder(root, "Many Files");
    d.addFile(root, "README.txt", ContentSource.ofText(README_TEXT));

    String video = d.addFile(videos, "sample-video.mp4", 3L * 1024 * 1024 + 12345, 1001);
    d.addMedia(video, "720P", 720, false, 2L * 1024 * 1024 + 777, 1002);
    d.addMedia(video, "1080P", 1080, true, 0, 0);

    String nested = d.addFolder(docs, "Nested");
    d.addFile(nested, "pattern-1MiB-plus-1.bin", ContentSource.pattern(1024 * 1024 + 1));
    d.addFile(nested, "small.bin", 300 * 1024, 2002);
    d.addFile(nested, "empty.bin", ContentSource.ofBytes(new byte[0]));
    d.addFile(docs, "notes.txt", ContentSource.ofText("Some notes.\n"));

    d.addFile(myPack, "offline-result.bin", 512 * 1024, 3001);

    for (int i = 1; i <= 250; i++) {
      d.addFile(many, String.format("file-%03d.bin", i), 1024 + i, 4000 + i);
    }
  }
}
