package io.github.pikpak4j.core.transfer.upload.internal;

import io.github.pikpak4j.core.hash.ContentSizeMismatchException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * A request body streamed from a range of a file with positional reads: 64 KiB of heap per body,
 * whatever the range. Replayable (each {@code writeTo} reads the range again). Stops with an
 * {@link InterruptedIOException} when cancelled, and with a {@link ContentSizeMismatchException}
 * when the file ends before the range does.
 */
final class FileRangeBody extends RequestBody {
  static final int CHUNK = 64 * 1024;

  /** Thrown from {@code writeTo} when the upload is cancelled. */
  static final class CancelledIOException extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    CancelledIOException() {
      super("upload cancelled");
    }
  }

  private final FileChannel channel;
  private final long offset;
  private final long length;
  private final long fileSize;
  private final LongConsumer progress;
  private final BooleanSupplier cancelled;

  FileRangeBody(
      FileChannel channel, long offset, long length, long fileSize, LongConsumer progress, BooleanSupplier cancelled) {
    this.channel = channel;
    this.offset = offset;
    this.length = length;
    this.fileSize = fileSize;
    this.progress = progress;
    this.cancelled = cancelled;
  }

  @Override
  public @Nullable MediaType contentType() {
    return null;
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, length)));
    long pos = offset;
    long end = offset + length;
    while (pos < end) {
      if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
        throw new CancelledIOException();
      }
      buffer.clear();
      buffer.limit((int) Math.min(buffer.capacity(), end - pos));
      while (buffer.hasRemaining()) {
        int n = channel.read(buffer, pos + buffer.position());
        if (n < 0) {
          throw new ContentSizeMismatchException(fileSize, pos + buffer.position());
        }
      }
      buffer.flip();
      int n = buffer.remaining();
      sink.write(buffer);
      pos += n;
      progress.accept(n);
    }
  }
}
