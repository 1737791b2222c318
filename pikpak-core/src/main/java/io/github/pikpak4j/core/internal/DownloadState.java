package io.github.pikpak4j.core.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import io.github.pikpak4j.auth.PrivateFiles;
import java.nio.file.Path;
import java.util.Base64;
import java.util.BitSet;
import java.util.Objects;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * The state file beside a {@code .part} file: which content it holds (file id, rendition, size, GCID; never the
 * signed URL) and which chunks are complete. Written atomically ({@link PrivateFiles}).
 *
 * @param fileId the file id
 * @param content {@code original} or {@code media:<media_id>}
 * @param size the content size
 * @param hash the GCID, or {@code null}
 * @param chunkSize the chunk size in bytes
 * @param done the complete chunks
 */
public record DownloadState(
    String fileId, String content, long size, @Nullable String hash, int chunkSize, BitSet done) {
  static final int VERSION = 1;

  /** Returns whether this state describes the same content as the other (chunk maps aside). */
  boolean sameContent(String otherFileId, String otherContent, long otherSize, @Nullable String otherHash) {
    return fileId.equals(otherFileId)
        && content.equals(otherContent)
        && size == otherSize
        && Objects.equals(hash, otherHash);
  }

  /**
   * Writes the state atomically.
   *
   * @param file the state file
   * @throws IOException when writing fails
   */
  void write(Path file) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      w.beginObject();
      w.name("version").value(VERSION);
      w.name("file_id").value(fileId);
      w.name("content").value(content);
      w.name("size").value(size);
      w.name("hash").value(hash);
      w.name("chunk_size").value(chunkSize);
      w.name("done").value(Base64.getEncoder().encodeToString(done.toByteArray()));
      w.endObject();
    }
    PrivateFiles.write(file, buffer.readByteArray()); // a full disk leaves the old state and no temporary file
  }

  /**
   * Reads a state file.
   *
   * @param file the state file
   * @return the state, or {@code null} when the file is missing or unreadable
   */
  static @Nullable DownloadState read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (BufferedSource src = Okio.buffer(Okio.source(file));
        JsonReader r = JsonReader.of(src)) {
      String fileId = null;
      String content = null;
      long size = -1;
      String hash = null;
      int chunkSize = 0;
      BitSet done = null;
      int version = 0;
      r.beginObject();
      while (r.hasNext()) {
        switch (r.nextName()) {
          case "version" -> version = r.nextInt();
          case "file_id" -> fileId = r.nextString();
          case "content" -> content = r.nextString();
          case "size" -> size = r.nextLong();
          case "hash" -> {
            if (r.peek() == JsonReader.Token.NULL) {
              r.nextNull();
            } else {
              hash = r.nextString();
            }
          }
          case "chunk_size" -> chunkSize = r.nextInt();
          case "done" -> done = BitSet.valueOf(Base64.getDecoder().decode(r.nextString()));
          default -> r.skipValue();
        }
      }
      r.endObject();
      if (version != VERSION || fileId == null || content == null || size < 0 || chunkSize <= 0 || done == null) {
        return null;
      }
      return new DownloadState(fileId, content, size, hash, chunkSize, done);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
