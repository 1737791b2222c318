package io.github.pikpak4j.benchmarks.download;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP/1.1 file server on loopback, built like a CDN edge (nginx with {@code sendfile on}): it serves one
 * file from the page cache with {@code sendfile} ({@link FileChannel#transferTo}), honours a single {@code Range},
 * and keeps connections alive. The uncapped benchmark uses it so that the server costs little CPU and every client
 * is measured against the same cheap source; the emulator's node generates its bytes per request instead.
 *
 * <pre>{@code
 * try (FileServer server = FileServer.start(Path.of("big.bin"))) {
 *   String url = server.url(); // http://127.0.0.1:<port>/big.bin
 * }
 * }</pre>
 */
final class FileServer implements AutoCloseable {
  private static final Pattern RANGE = Pattern.compile("(?im)^range:\\s*bytes=(\\d+)-(\\d*)\\s*$");
  private static final Pattern REQUEST_LINE = Pattern.compile("^(\\S+) (\\S+) HTTP/1\\.[01]\r\n");

  private final Path file;
  private final ServerSocketChannel server;
  private final Thread acceptor;

  private FileServer(Path file) throws IOException {
    this.file = file;
    this.server = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    this.acceptor = new Thread(this::accept, "file-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts serving {@code file} on a free loopback port. */
  static FileServer start(Path file) throws IOException {
    return new FileServer(file);
  }

  /** The file's URL. */
  String url() throws IOException {
    int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
    return "http://127.0.0.1:" + port + "/" + file.getFileName();
  }

  private void accept() {
    while (server.isOpen()) {
      try {
        SocketChannel ch = server.accept();
        Thread t = new Thread(() -> serve(ch), "file-server-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(SocketChannel ch) {
    try (ch; FileChannel content = FileChannel.open(file)) {
      long size = content.size();
      ByteBuffer in = ByteBuffer.allocate(16 * 1024);
      String head;
      while ((head = readHead(ch, in)) != null) {
        Matcher line = REQUEST_LINE.matcher(head);
        if (!line.find() || !line.group(1).equals("GET")) {
          write(ch, "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
          return;
        }
        long start = 0;
        long end = size - 1;
        Matcher range = RANGE.matcher(head);
        boolean partial = range.find();
        if (partial) {
          start = Long.parseLong(range.group(1));
          end = range.group(2).isEmpty() ? end : Math.min(end, Long.parseLong(range.group(2)));
          if (start > end) {
            write(ch, "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */" + size
                + "\r\nContent-Length: 0\r\n\r\n");
            continue;
          }
        }
        write(ch, (partial
            ? "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + start + "-" + end + "/" + size + "\r\n"
            : "HTTP/1.1 200 OK\r\n")
            + "Content-Type: application/octet-stream\r\nAccept-Ranges: bytes\r\nContent-Length: "
            + (end - start + 1) + "\r\n\r\n");
        for (long p = start; p <= end; ) {
          p += content.transferTo(p, end + 1 - p, ch);
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  /** Reads one request head (up to the blank line); null at the end of the connection. */
  private static String readHead(SocketChannel ch, ByteBuffer in) throws IOException {
    in.clear();
    while (true) {
      if (ch.read(in) < 0) {
        return null;
      }
      String text = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
      if (text.contains("\r\n\r\n")) {
        return text; // clients here send one request at a time and no body
      }
      if (!in.hasRemaining()) {
        throw new IOException("request head over " + in.capacity() + " bytes");
      }
    }
  }

  private static void write(SocketChannel ch, String text) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
