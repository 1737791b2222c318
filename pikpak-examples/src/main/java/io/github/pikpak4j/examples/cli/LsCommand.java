package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pikpak ls [PATH] [-r] [--trash] [--starred]}: lists a folder (or, with {@code --trash}, the trash), all pages; with {@code -r} every folder below it,
 * depth first, each entry with its path relative to the listed folder ({@link DriveTree}: several folders are listed
 * at once). A file lists as itself.
 */
@Command(name = "ls", mixinStandardHelpOptions = true,
    description = "Lists a folder, all pages (a file lists as itself).")
final class LsCommand extends ClientCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = "/",
      description = "A drive path (/a/b) or id:<ID>; default /.")
  String path = "/";

  @Option(names = {"-r", "--recursive"}, description = "List every folder below, depth first.")
  boolean recursive;

  @Option(names = "--trash", description = "List the trash instead (below PATH only, when PATH is given).")
  boolean trash;

  @Option(names = "--starred", description = "List the starred entries of the whole drive instead.")
  boolean starred;

  @Override
  void run(ClientFactory.Connection connection, Output output) {
    Files files = connection.client().files();
    List<Output.Listed> items = new ArrayList<>();
    if (starred) {
      if (trash || recursive || !path.equals("/")) {
        throw new io.github.pikpak4j.api.InvalidInputException("--starred lists the whole drive; give no PATH, -r or --trash");
      }
      for (FileEntry entry : files.listStarred()) {
        items.add(new Output.Listed(entry.name(), entry));
      }
      output.listing(items, false);
      return;
    }
    if (trash) {
      String parentId = path.equals("/") ? null : files.resolve(path).id();
      for (FileEntry entry : files.listTrash()) {
        if (parentId == null || entry.parentId().equals(parentId)) {
          items.add(new Output.Listed(entry.name(), entry));
        }
      }
      output.listing(items, false);
      return;
    }
    FileEntry target = files.resolve(path);
    if (!target.isFolder()) {
      items.add(new Output.Listed(target.name(), target));
    } else if (recursive) {
      for (DriveTree.Node node : DriveTree.list(files, target.id())) {
        items.add(new Output.Listed(node.driveRelative(), node.entry()));
      }
    } else {
      for (FileEntry entry : files.listAll(target.id())) {
        items.add(new Output.Listed(entry.name(), entry));
      }
    }
    output.listing(items, recursive);
  }
}
