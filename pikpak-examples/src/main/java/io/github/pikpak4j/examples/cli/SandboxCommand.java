package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.Command;

/** {@code pikpak sandbox ...}: the embedded emulator's saved drive: {@code reset}. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = "The sandbox: the embedded PikPak emulator used without credentials, whose drive is kept between runs.",
    subcommands = {SandboxResetCommand.class})
final class SandboxCommand extends GroupCommand {}
