/**
 * End-to-end download benchmark: the SDK's engine at 1, 4 and 8 connections against curl and aria2c, on the
 * emulator's CDN node with and without a per-connection bandwidth cap ({@link
 * io.github.pikpak4j.benchmarks.download.DownloadBenchmark}).
 */
@NullMarked
package io.github.pikpak4j.benchmarks.download;

import org.jspecify.annotations.NullMarked;
