package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.server.Mount;
import io.github.pikpak4j.server.ServeMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the server was built with. {@code toString()} leaves the password out.
 *
 * @param client the client
 * @param mounts the mounts, checked for overlaps
 * @param mode redirect or proxy
 * @param host listen host
 * @param port listen port (0: any)
 * @param user Basic auth user, or {@code null} for none
 * @param password Basic auth password, or {@code null}
 * @param readOnly whether every write is refused
 * @param connections CDN connections per proxied read
 */
public record ServerSettings(
    PikPakClient client,
    List<Mount> mounts,
    ServeMode mode,
    String host,
    int port,
    @Nullable String user,
    @Nullable String password,
    boolean readOnly,
    int connections) {

  @Override
  public String toString() {
    return "mounts=" + mounts + ", mode=" + mode + ", address=" + host + ":" + port + ", auth="
        + (user == null ? "none" : "basic") + ", readOnly=" + readOnly + ", connections=" + connections;
  }
}
