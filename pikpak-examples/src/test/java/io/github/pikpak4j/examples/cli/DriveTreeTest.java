package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.paging.AutoPager;
import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.FileKind;
import io.github.pikpak4j.core.files.Files;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The tree walk of {@code ls -r}, {@code get -r}, {@code copy}: listings at once, bounded, result in tree order. */
class DriveTreeTest {
  /** A drive of folders whose listings the test holds and lets go, one folder at a time. */
  private static final class HeldDrive {
    final Map<String, List<FileEntry>> children = new LinkedHashMap<>();
    final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    final Semaphore started = new Semaphore(0);
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final List<String> listed = java.util.Collections.synchronizedList(new ArrayList<>());

    String folder(String parentId, String name) {
      String id = "D-" + name;
      children.computeIfAbsent(parentId, k -> new ArrayList<>())
          .add(new FileEntry(id, name, FileKind.FOLDER, 0, null, parentId, null, null, null, false, false));
      children.putIfAbsent(id, new ArrayList<>());
      return id;
    }

    void file(String parentId, String name) {
      children.computeIfAbsent(parentId, k -> new ArrayList<>())
          .add(new FileEntry("F-" + name, name, FileKind.FILE, 1, "H", parentId, null, null, null, false, false));
    }

    /** Holds the listing of a folder until {@link #release}. */
    void hold(String folderId) {
      gates.put(folderId, new CountDownLatch(1));
    }

    void release(String folderId) {
      gates.get(folderId).countDown();
    }

    void awaitStarted(int listings) throws InterruptedException {
      assertThat(started.tryAcquire(listings, 10, TimeUnit.SECONDS)).as("listings started").isTrue();
    }

    Files files() {
      return (Files) Proxy.newProxyInstance(Files.class.getClassLoader(), new Class<?>[] {Files.class},
          (proxy, method, args) -> {
            if (!method.getName().equals("listAll")) {
              throw new UnsupportedOperationException(method.getName());
            }
            String folderId = (String) args[0];
            return new AutoPager<FileEntry>(token -> list(folderId));
          });
    }

    private Page<FileEntry> list(String folderId) {
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      listed.add(folderId);
      started.release();
      try {
        CountDownLatch gate = gates.get(folderId);
        if (gate != null && !gate.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("never released: " + folderId);
        }
        if (folderId.equals("D-broken")) {
          throw new NotFoundException("folder gone");
        }
        return new Page<>(List.copyOf(children.getOrDefault(folderId, List.of())), null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  private static List<String> paths(List<DriveTree.Node> nodes) {
    return nodes.stream().map(DriveTree.Node::driveRelative).toList();
  }

  @Test
  void foldersAreListedFourAtOnceAndTheResultIsInTreeOrderWhateverOrderTheyFinishIn() throws Exception {
    HeldDrive drive = new HeldDrive();
    for (int i = 1; i <= 6; i++) {
      String f = drive.folder("ROOT", "f" + i);
      drive.file(f, "x" + i);
      drive.hold(f);
    }
    String deep = drive.folder("D-f1", "deep");
    drive.file(deep, "y");
    Files files = drive.files();

    CompletableFuture<List<DriveTree.Node>> walk = CompletableFuture.supplyAsync(() -> DriveTree.list(files, "ROOT"));
    drive.awaitStarted(1 + DriveTree.FOLDERS_AT_ONCE); // the root, then four folders held at once
    assertThat(drive.inFlight.get()).isEqualTo(DriveTree.FOLDERS_AT_ONCE);
    // let them finish last first: f4, f3, f2, f1 (f1's subfolder is listed after it), then f5 and f6
    for (int i = 4; i >= 1; i--) {
      drive.release("D-f" + i);
    }
    drive.awaitStarted(3); // deep, f5, f6, in whatever order the pool takes them
    drive.release("D-f6");
    drive.release("D-f5");

    List<DriveTree.Node> nodes = walk.get(10, TimeUnit.SECONDS);
    assertThat(paths(nodes)).containsExactly(
        "f1", "f1/x1", "f1/deep", "f1/deep/y",
        "f2", "f2/x2", "f3", "f3/x3", "f4", "f4/x4", "f5", "f5/x5", "f6", "f6/x6");
    assertThat(drive.maxInFlight.get()).isEqualTo(DriveTree.FOLDERS_AT_ONCE);
    assertThat(drive.listed).hasSize(8).doesNotHaveDuplicates(); // each folder listed once
  }

  @Test
  void aNameThatCannotBeLocalIsLeftOutWithItsSubtreeWhichIsNotListed() {
    HeldDrive drive = new HeldDrive();
    String dots = drive.folder("ROOT", "..");
    drive.file(dots, "secret");
    String ok = drive.folder("ROOT", "ok");
    drive.file(ok, "a");
    List<String> reported = new ArrayList<>();

    List<DriveTree.Node> nodes = DriveTree.walk(drive.files(), "ROOT", reported::add);

    assertThat(paths(nodes)).containsExactly("ok", "ok/a");
    assertThat(reported).containsExactly("..");
    assertThat(drive.listed).containsExactlyInAnyOrder("ROOT", ok);
    // ls -r shows every name as the drive has it (the terminal-safe display is the output's job)
    assertThat(paths(DriveTree.list(drive.files(), "ROOT"))).containsExactly("..", "../secret", "ok", "ok/a");
  }

  @Test
  void aFailedListingFailsTheWalkWithItsOwnException() {
    HeldDrive drive = new HeldDrive();
    drive.folder("ROOT", "fine");
    drive.folder("ROOT", "broken");

    assertThatThrownBy(() -> DriveTree.list(drive.files(), "ROOT"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("folder gone");
  }

  @Test
  void aFolderThatHoldsItselfIsListedOnceAndTheWalkEnds() {
    HeldDrive drive = new HeldDrive();
    String loop = drive.folder("ROOT", "loop");
    drive.children.get(loop).add(drive.children.get("ROOT").get(0)); // the server puts "loop" inside itself
    drive.file(loop, "f");

    List<DriveTree.Node> nodes = DriveTree.list(drive.files(), "ROOT");

    assertThat(paths(nodes)).containsExactly("loop", "loop/loop", "loop/f");
    assertThat(drive.listed).containsExactly("ROOT", loop);
  }
}
