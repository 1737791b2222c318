package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidResponseException;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import io.github.pikpak4j.core.transfer.LocalNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A drive folder's tree, listed once per folder (all pages), for {@code ls -r}, {@code get -r}, {@code copy},
 * {@code sync} and {@code check}.
 *
 * <p>Folders are listed {@link #FOLDERS_AT_ONCE} at a time: each listing pays a round trip, so a tree of thousands of
 * folders listed one after the other would take thousands of round trips end to end. The client's rate limit still
 * decides how many requests go per second. The result is in the same order whatever order the listings finish in:
 * depth first, parents before children, each folder's entries in the server's order.
 */
final class DriveTree {
  /** How many folder listings run at once. */
  static final int FOLDERS_AT_ONCE = 4;

  /**
   * One entry of the tree.
   *
   * @param names the drive names from the listed folder down to the entry
   * @param entry the entry
   */
  record Node(List<String> names, FileEntry entry) {
    /**
     * Returns the relative path this entry has on the local side: each name made safe by {@link LocalNames}, joined
     * with {@code /}. A name the server chose never decides more than its one component.
     */
    String localRelative() {
      List<String> safe = new ArrayList<>(names.size());
      names.forEach(n -> safe.add(LocalNames.component(n)));
      return String.join("/", safe);
    }

    /** Returns the drive path below the listed folder, names joined with {@code /} (for display). */
    String driveRelative() {
      return String.join("/", names);
    }
  }

  private DriveTree() {}

  /**
   * Lists a folder and every folder below it, every entry whatever its name (for display: {@code ls -r}).
   *
   * @param files the drive
   * @param folderId the folder
   * @return the entries, depth first, parents before children
   */
  static List<Node> list(Files files, String folderId) {
    return tree(files, folderId, n -> true);
  }

  /**
   * Lists a folder and every folder below it, for copying to the local side. An entry whose name cannot be a local
   * name at all ({@code ..}, {@code .}, blank) is left out with what is below it (which is not listed), and reported.
   *
   * @param files the drive
   * @param folderId the folder
   * @param unusable receives the drive path (below the folder) of each entry left out
   * @return the entries, depth first, parents before children
   */
  static List<Node> walk(Files files, String folderId, Consumer<String> unusable) {
    List<Node> nodes = tree(files, folderId, n -> usable(n.entry()));
    List<Node> kept = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      if (!usable(n.entry())) {
        unusable.accept(n.driveRelative());
      } else {
        kept.add(n);
      }
    }
    return kept;
  }

  /** Lists the tree: {@code keep} says of each entry whether it is kept, and so, for a folder, listed. */
  private static List<Node> tree(Files files, String rootId, Predicate<Node> keep) {
    Map<String, List<FileEntry>> listings = listFolders(files, rootId, keep);
    List<Node> nodes = new ArrayList<>();
    Set<String> expanded = new HashSet<>();
    expanded.add(rootId);
    assemble(listings, rootId, List.of(), keep, expanded, nodes);
    return nodes;
  }

  private static boolean usable(FileEntry e) {
    try {
      LocalNames.component(e.name());
      return true;
    } catch (InvalidResponseException bad) {
      return false;
    }
  }

  /**
   * Lists the root and every kept folder below it, {@link #FOLDERS_AT_ONCE} at a time; returns each folder's entries
   * by folder id. Each listing queues the folders it found itself (no hand-over through this thread per folder). The
   * first failure stops the walk and is thrown as it was.
   */
  private static Map<String, List<FileEntry>> listFolders(Files files, String rootId, Predicate<Node> keep) {
    ExecutorService pool = Executors.newFixedThreadPool(FOLDERS_AT_ONCE, r -> {
      Thread t = new Thread(r, "pikpak-tree");
      t.setDaemon(true);
      return t;
    });
    try {
      Walk walk = new Walk(files, keep, pool);
      walk.list(rootId, List.of());
      return walk.await();
    } finally {
      pool.shutdownNow();
    }
  }

  /** One walk: the listings so far, the listings not finished, and the first failure. */
  private static final class Walk {
    private final Files files;
    private final Predicate<Node> keep;
    private final ExecutorService pool;
    private final Map<String, List<FileEntry>> listings = new ConcurrentHashMap<>();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CountDownLatch over = new CountDownLatch(1);

    Walk(Files files, Predicate<Node> keep, ExecutorService pool) {
      this.files = files;
      this.keep = keep;
      this.pool = pool;
    }

    /** Queues the listing of a folder, once per id (a server that nests a folder in itself ends); it queues the kept
     * folders it finds. */
    void list(String folderId, List<String> names) {
      if (!queued.add(folderId)) {
        return;
      }
      pending.incrementAndGet();
      pool.execute(() -> {
        try {
          if (failure.get() == null) {
            List<FileEntry> entries = new ArrayList<>();
            files.listAll(folderId).forEach(entries::add);
            listings.put(folderId, entries);
            for (FileEntry e : entries) {
              if (e.isFolder()) {
                Node node = new Node(append(names, e.name()), e);
                if (keep.test(node)) {
                  list(e.id(), node.names());
                }
              }
            }
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
          over.countDown(); // the first failure ends the walk now; the pool's end interrupts the rest
        } finally {
          if (pending.decrementAndGet() == 0) {
            over.countDown();
          }
        }
      });
    }

    /** Waits for the last listing, or the first failure, which it throws as it was. */
    Map<String, List<FileEntry>> await() {
      try {
        over.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CommandFailedException("interrupted while listing folders");
      }
      Throwable t = failure.get();
      if (t instanceof RuntimeException r) {
        throw r;
      }
      if (t instanceof Error err) {
        throw err;
      }
      if (t != null) {
        throw new IllegalStateException(t);
      }
      return listings;
    }
  }

  /** Puts the tree in order; a folder id met again (listed once) is not expanded again. */
  private static void assemble(Map<String, List<FileEntry>> listings, String folderId, List<String> prefix,
      Predicate<Node> keep, Set<String> expanded, List<Node> nodes) {
    for (FileEntry e : listings.getOrDefault(folderId, List.of())) {
      Node node = new Node(append(prefix, e.name()), e);
      nodes.add(node);
      if (e.isFolder() && keep.test(node) && expanded.add(e.id())) {
        assemble(listings, e.id(), node.names(), keep, expanded, nodes);
      }
    }
  }

  private static List<String> append(List<String> names, String name) {
    String[] longer = names.toArray(new String[names.size() + 1]);
    longer[names.size()] = name;
    return Collections.unmodifiableList(Arrays.asList(longer));
  }
}
