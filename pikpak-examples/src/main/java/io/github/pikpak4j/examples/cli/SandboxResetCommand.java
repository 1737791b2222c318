package io.github.pikpak4j.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pikpak sandbox reset}: forgets the sandbox: removes the emulator's saved drive ({@value
 * ClientFactory#EMULATOR_STATE_DIRECTORY} beside the sandbox session) and the sandbox session, so the next sandbox run
 * starts from the demo tree, signed in afresh. Starts no emulator and sends no request; the real session is never
 * touched.
 */
@Command(name = "reset", mixinStandardHelpOptions = true,
    description = "Forgets the sandbox's drive and session: the next sandbox run starts from the demo tree.")
final class SandboxResetCommand implements Callable<Integer> {
  @ParentCommand @Nullable SandboxCommand parent;

  @Override
  public Integer call() {
    PikPakCommand r = Objects.requireNonNull(parent, "parent").root();
    Settings settings = r.settings();
    Path session = settings.sandboxSessionFile();
    List<String> removed = new ArrayList<>();
    for (Path p :
        List.of(
            ClientFactory.emulatorStateDirectory(session),
            session,
            session.resolveSibling(ClientFactory.OLD_EMULATOR_STATE_FILE))) {
      if (delete(p)) {
        removed.add(p.toString());
      }
    }
    if (settings.json()) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("reset", true);
      out.put("removed", removed);
      r.out().println(Json.write(out));
    } else if (removed.isEmpty()) {
      r.out().println("sandbox: nothing saved yet");
    } else {
      removed.forEach(p -> r.out().println("removed " + p));
    }
    return ErrorReporter.EXIT_OK;
  }

  /** Deletes a file, or a directory with everything in it (links are removed, never followed). */
  private static boolean delete(Path path) {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      Files.walkFileTree(
          path,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e) throws IOException {
              if (e != null) {
                throw e;
              }
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + path, e);
    }
    return true;
  }
}
