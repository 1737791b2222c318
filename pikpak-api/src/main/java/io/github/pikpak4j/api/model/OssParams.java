package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where and with which temporary (STS) credentials the bytes of an upload go (protocol §7.3). The
 * secret and the security token are secrets: {@link #toString()} masks them.
 *
 * @param accessKeyId the STS access key id
 * @param accessKeySecret the STS access key secret (a secret)
 * @param bucket the OSS bucket
 * @param endpoint the OSS endpoint host, for example {@code mypikpak.net}, possibly with a scheme
 * @param expiration when the credentials expire (about 12 h after the create call), or {@code null}
 * @param key the object key
 * @param securityToken the STS security token (a secret)
 */
public record OssParams(
    @Json(name = "access_key_id") @Required String accessKeyId,
    @Json(name = "access_key_secret") @Required String accessKeySecret,
    @Required String bucket,
    @Required String endpoint,
    @Nullable Instant expiration,
    @Required String key,
    @Json(name = "security_token") @Required String securityToken) {

  /**
   * Normalises absent strings to {@code ""}.
   *
   * @param accessKeyId the STS access key id
   * @param accessKeySecret the STS access key secret (a secret)
   * @param bucket the OSS bucket
   * @param endpoint the OSS endpoint host, for example {@code mypikpak.net}, possibly with a scheme
   * @param expiration when the credentials expire (about 12 h after the create call), or {@code null}
   * @param key the object key
   * @param securityToken the STS security token (a secret)
   */
  public OssParams {
    accessKeyId = Values.str(accessKeyId);
    accessKeySecret = Values.str(accessKeySecret);
    bucket = Values.str(bucket);
    endpoint = Values.str(endpoint);
    key = Values.str(key);
    securityToken = Values.str(securityToken);
  }

  /** Returns a description with the secret and the security token masked. */
  @Override
  public String toString() {
    return "OssParams[accessKeyId=" + accessKeyId + ", accessKeySecret=" + Values.mask(accessKeySecret)
        + ", bucket=" + bucket + ", endpoint=" + endpoint + ", expiration=" + expiration + ", key=" + key
        + ", securityToken=" + Values.mask(securityToken) + "]";
  }
}
