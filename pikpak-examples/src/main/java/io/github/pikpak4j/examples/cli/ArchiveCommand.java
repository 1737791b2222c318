package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.Command;

/** {@code pikpak archive ...}: archives in the drive, listed and extracted by PikPak. */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    description = "Archives in the drive: list their entries, extract them next to themselves.",
    subcommands = {ArchiveLsCommand.class, ArchiveExtractCommand.class})
final class ArchiveCommand extends GroupCommand {}
