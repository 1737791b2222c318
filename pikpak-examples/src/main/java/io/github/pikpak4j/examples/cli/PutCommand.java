package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.files.EntryNames;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.transfer.upload.UploadResult;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pikpak put LOCAL... [DIR] [-r] [--on-conflict rename|skip|overwrite] [--transfers N]}: uploads files (with
 * {@code -r} directories as trees, merged into folders of the same name), instantly when PikPak already has the
 * content. Given two or more arguments the last is the drive folder {@code DIR}; with one, DIR is {@code /}. Each
 * upload session is kept in {@code uploads/} beside the session file while it runs, so an interrupted upload is
 * resumed (only the missing parts are sent) by running the same command again.
 */
@Command(
    name = "put",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    customSynopsis = "pikpak put [OPTIONS] LOCAL... [DIR]",
    description = {
      "Uploads files, -r directories as trees (instant when PikPak already has the content).",
      "With two or more arguments the last is the drive folder DIR (default /).",
      "An interrupted upload is resumed by running the same command again."
    })
final class PutCommand extends ClientCommand {
  @Parameters(arity = "1..*", paramLabel = "LOCAL",
      description = "Local files (directories with -r), then optionally DIR: a drive path (/a/b) or id:<ID>.")
  List<String> args = new ArrayList<>();

  @Option(names = {"-r", "--recursive"}, description = "Upload directories as trees.")
  boolean recursive;

  @Option(names = "--on-conflict", paramLabel = "MODE", defaultValue = "rename",
      converter = ConflictConverter.class,
      description = "When DIR holds the name: rename (keep both, PikPak's name(1); default), skip, or overwrite"
          + " (upload, then trash the old file and take its name).")
  Uploader.Conflict conflict = Uploader.Conflict.RENAME;

  @Option(names = "--transfers", paramLabel = "N", defaultValue = "4",
      description = "Files uploaded at once, 1 to 32 (default ${DEFAULT-VALUE}).")
  int transfers = 4;

  /** Parses {@code --on-conflict}. */
  static final class ConflictConverter implements picocli.CommandLine.ITypeConverter<Uploader.Conflict> {
    @Override
    public Uploader.Conflict convert(String value) {
      try {
        return Uploader.Conflict.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "--on-conflict takes rename, skip or overwrite, got " + value);
      }
    }
  }

  /** One file to upload. */
  private record Job(Path local, String label, String folderId, @Nullable FileEntry existing) {}

  @Override
  void run(ClientFactory.Connection connection, Output output) {
    String dir = args.size() > 1 ? args.get(args.size() - 1) : "/";
    List<Path> locals = new ArrayList<>();
    for (String a : args.size() > 1 ? args.subList(0, args.size() - 1) : args) {
      locals.add(checkLocal(Paths.get(a), recursive));
    }
    if (!DrivePaths.isId(dir)) {
      DrivePaths.names(dir).forEach(EntryNames::validate);
    }
    Batch.checkTransfers(transfers);
    long began = System.nanoTime();
    PikPakClient client = connection.client();
    FileEntry folder = client.files().resolve(dir);
    if (!folder.isFolder()) {
      throw new InvalidInputException(dir + " is not a folder");
    }
    DriveFolders folders = new DriveFolders(client.files());
    List<Job> jobs = new ArrayList<>();
    for (Path local : locals) {
      if (Files.isDirectory(local)) {
        String top = folders.folder(folder.id(), local.getFileName().toString());
        Map<String, String> ids = new java.util.HashMap<>(Map.of("", top));
        for (LocalTree.Node node : LocalTree.walk(local)) {
          String parentRel = node.relative().contains("/")
              ? node.relative().substring(0, node.relative().lastIndexOf('/')) : "";
          String parentId = ids.get(parentRel);
          if (parentId == null) {
            continue; // below a directory that could not be mapped
          }
          String name = node.path().getFileName().toString();
          if (node.directory()) {
            ids.put(node.relative(), folders.folder(parentId, name));
          } else {
            jobs.add(new Job(node.path(), local.getFileName() + "/" + node.relative(), parentId,
                existing(folders, parentId, name)));
          }
        }
      } else {
        String name = local.getFileName().toString();
        jobs.add(new Job(local, name, folder.id(), existing(folders, folder.id(), name)));
      }
    }
    Feedback feedback = root().feedback();
    Uploader uploader = new Uploader(client, connection.sessionFile(), feedback);
    long total = 0;
    for (Job job : jobs) {
      total += job.local().toFile().length();
    }
    feedback.plan(jobs.size(), total);
    @Nullable UploadResult[] results = new UploadResult[jobs.size()];
    boolean[] skipped = new boolean[jobs.size()];
    Batch batch = new Batch(transfers, feedback);
    batch.run(jobs.size(), i -> jobs.get(i).local().toString(), i -> {
      Job job = jobs.get(i);
      results[i] = uploader.upload(job.local(), job.label(), job.folderId(), job.existing(), conflict, null);
      skipped[i] = results[i] == null;
    });
    feedback.finish();
    print(root().out(), output, jobs, results, skipped, locals.size() == 1 && !Files.isDirectory(locals.get(0)),
        (System.nanoTime() - began) / 1e9);
    batch.finish(jobs.size());
  }

  private @Nullable FileEntry existing(DriveFolders folders, String folderId, String name) {
    // rename is the server's way and needs no listing; skip and overwrite look the name up (one listing per folder)
    return conflict == Uploader.Conflict.RENAME ? null : folders.child(folderId, name);
  }

  /** Checks a LOCAL argument before any request. */
  static Path checkLocal(Path file, boolean recursive) {
    if (!Files.exists(file)) {
      throw new InvalidInputException("no such file: " + file);
    }
    if (Files.isDirectory(file) && !recursive) {
      throw new InvalidInputException(file + " is a directory; add -r to upload it as a tree");
    }
    if (!Files.isReadable(file)) {
      throw new InvalidInputException("cannot read " + file);
    }
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.getFileName() == null) {
      throw new InvalidInputException("cannot upload the file system's root: " + file);
    }
    return absolute;
  }

  private static void print(PrintStream out, Output output, List<Job> jobs, @Nullable UploadResult[] results,
      boolean[] skipped, boolean single, double seconds) {
    if (output.json()) {
      List<Object> array = new ArrayList<>();
      for (int i = 0; i < jobs.size(); i++) {
        if (results[i] != null) {
          array.add(resultJson(results[i]));
        } else if (skipped[i] && jobs.get(i).existing() != null) {
          Map<String, @Nullable Object> map = Output.entryJson(jobs.get(i).existing());
          map.put("skipped", true);
          array.add(map);
        }
      }
      out.println(Json.write(single && array.size() == 1 ? array.get(0) : array));
      return;
    }
    if (single && results.length == 1 && results[0] != null) {
      UploadResult r = results[0];
      out.println(r.instant()
          ? "instant upload (PikPak already had the content; no byte sent)"
          : "uploaded " + r.bytesSent() + " bytes (" + Output.humanSize(r.bytesSent()) + ")");
      if (r.renamed()) {
        out.println("stored as " + TerminalText.safe(r.file().name()) + " (" + TerminalText.safe(r.requestedName())
            + " was taken)");
      }
      output.entry(r.file());
      return;
    }
    int done = 0;
    int instant = 0;
    int renamed = 0;
    long sent = 0;
    int skips = 0;
    for (int i = 0; i < results.length; i++) {
      UploadResult r = results[i];
      if (r != null) {
        done++;
        instant += r.instant() ? 1 : 0;
        renamed += r.renamed() ? 1 : 0;
        sent += r.bytesSent();
      }
      skips += skipped[i] ? 1 : 0;
    }
    out.println(Downloads.summary("uploaded", done, sent, seconds) + " (" + instant + " instant, " + skips
        + " skipped, " + renamed + " stored under a new name)");
  }

  private static Map<String, @Nullable Object> resultJson(UploadResult r) {
    Map<String, @Nullable Object> map = Output.entryJson(r.file());
    map.put("instant", r.instant());
    map.put("renamed", r.renamed());
    map.put("requested_name", r.requestedName());
    map.put("bytes_sent", r.bytesSent());
    return map;
  }
}
