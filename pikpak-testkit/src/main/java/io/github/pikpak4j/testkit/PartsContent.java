package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** The bytes of an uploaded object: its parts' temporary files, read in order without copying. */
final class PartsContent implements ContentSource, AutoCloseable {
  private final List<StoredPart> parts;
  private final long[] starts;
  private final FileChannel[] channels;
  private final long size;

  PartsContent(List<StoredPart> parts) throws IOException {
    this.parts = List.copyOf(parts);
    this.starts = new long[parts.size()];
    this.channels = new FileChannel[parts.size()];
    long pos = 0;
    try {
      for (int i = 0; i < parts.size(); i++) {
        starts[i] = pos;
        pos += parts.get(i).size();
        channels[i] = FileChannel.open(parts.get(i).file(), StandardOpenOption.READ);
      }
    } catch (IOException e) {
      close();
      throw e;
    }
    this.size = pos;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void read(long offset, byte[] dst, int dstOff, int len) {
    if (offset < 0 || len < 0 || offset + len > size) {
      throw new IndexOutOfBoundsException("range " + offset + "+" + len + " outside " + size);
    }
    int i = index(offset);
    long pos = offset;
    int done = 0;
    try {
      while (done < len) {
        long inPart = pos - starts[i];
        int take = (int) Math.min(len - done, parts.get(i).size() - inPart);
        ByteBuffer bb = ByteBuffer.wrap(dst, dstOff + done, take);
        long at = inPart;
        while (bb.hasRemaining()) {
          int n = channels[i].read(bb, at);
          if (n < 0) {
            throw new IOException("part file truncated: " + parts.get(i).file());
          }
          at += n;
        }
        done += take;
        pos += take;
        i++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int index(long offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    while (lo < parts.size() - 1 && parts.get(lo).size() == 0) {
      lo++;
    }
    return lo;
  }

  @Override
  public void close() {
    for (FileChannel c : channels) {
      if (c != null) {
        try {
          c.close();
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }
}
