package io.github.pikpak4j.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Marks requests tagged with pikpak-api's {@link io.github.pikpak4j.api.AnonymousRequest} (set by
 * feature modules such as shares, which cannot see pikpak-auth) with pikpak-auth's {@link
 * io.github.pikpak4j.auth.AnonymousRequest}, so the auth interceptor that follows sends them without
 * {@code Authorization}. Placed before the auth interceptor; harmless once auth honours both tags.
 */
public final class AnonymousTagBridge implements Interceptor {
  /** The one instance. */
  public static final AnonymousTagBridge INSTANCE = new AnonymousTagBridge();

  private AnonymousTagBridge() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    okhttp3.Request r = chain.request();
    if (io.github.pikpak4j.api.AnonymousRequest.isAnonymous(r)
        && !io.github.pikpak4j.auth.AnonymousRequest.isAnonymous(r)) {
      r =
          r.newBuilder()
              .tag(
                  io.github.pikpak4j.auth.AnonymousRequest.class,
                  io.github.pikpak4j.auth.AnonymousRequest.INSTANCE)
              .build();
    }
    return chain.proceed(r);
  }
}
