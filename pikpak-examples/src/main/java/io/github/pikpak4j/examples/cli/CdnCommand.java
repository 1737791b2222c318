package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.Command;

/** {@code pikpak cdn ...}: the CDN host policy ({@code --cdn}, {@code --cdn-candidates}). */
@Command(
    name = "cdn",
    mixinStandardHelpOptions = true,
    description = "CDN host selection: probe the candidates (--cdn, --cdn-candidates).",
    subcommands = {CdnProbeCommand.class})
final class CdnCommand extends GroupCommand {}
