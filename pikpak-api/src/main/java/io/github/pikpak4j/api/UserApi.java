package io.github.pikpak4j.api;

import io.github.pikpak4j.api.model.CaptchaInitRequest;
import io.github.pikpak4j.api.model.CaptchaInitResponse;
import io.github.pikpak4j.api.model.RefreshTokenRequest;
import io.github.pikpak4j.api.model.SignInRequest;
import io.github.pikpak4j.api.model.TokenResponse;
import io.github.pikpak4j.api.model.UserInfo;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * The raw auth calls on {@code https://user.<root>/} (protocol §3), as a Retrofit interface.
 *
 * <pre>{@code
 * UserApi user = PikPakApis.create(userUrl, driveUrl, okHttp).userApi();
 * TokenResponse t = ApiCalls.execute(user.refreshToken(clientId,
 *     RefreshTokenRequest.of(clientId, clientSecret, refreshToken)));
 * }</pre>
 *
 * <p>This is the raw contract: it adds no headers (the pikpak-auth interceptor does) and applies
 * no policy. Run calls through {@link ApiCalls} to get typed exceptions.
 */
public interface UserApi {

  /**
   * Gets a captcha token for an action (protocol §3.1).
   *
   * @param clientId the profile's client id (query {@code client_id})
   * @param body the action, current token, device id and meta
   * @return the call; its answer holds {@code captcha_token}, {@code expires_in} and {@code url}
   */
  @POST("v1/shield/captcha/init")
  Call<CaptchaInitResponse> captchaInit(
      @Query("client_id") String clientId, @Body CaptchaInitRequest body);

  /**
   * Signs in with a password (protocol §3.5).
   *
   * @param clientId the profile's client id (query {@code client_id})
   * @param body the credentials and captcha token
   * @return the call; its answer holds the tokens
   */
  @POST("v1/auth/signin")
  Call<TokenResponse> signIn(@Query("client_id") String clientId, @Body SignInRequest body);

  /**
   * Refreshes the tokens with a JSON body (protocol §3.6, the recommended variant).
   *
   * @param clientId the client id that issued the refresh token (query {@code client_id})
   * @param body the refresh-token grant
   * @return the call; its answer holds the new tokens
   */
  @POST("v1/auth/token")
  Call<TokenResponse> refreshToken(
      @Query("client_id") String clientId, @Body RefreshTokenRequest body);

  /**
   * Refreshes the tokens with an OAuth2 form body (protocol §3.6).
   *
   * @param grantType {@code "refresh_token"}
   * @param refreshToken the single-use refresh token
   * @param clientId the client id that issued the refresh token
   * @param clientSecret the client secret, or {@code null} to omit the field
   * @return the call; its answer holds the new tokens
   */
  @FormUrlEncoded
  @POST("v1/auth/token")
  Call<TokenResponse> refreshTokenForm(
      @Field("grant_type") String grantType,
      @Field("refresh_token") String refreshToken,
      @Field("client_id") String clientId,
      @Nullable @Field("client_secret") String clientSecret);

  /**
   * Gets the signed-in user (protocol §3.7).
   *
   * @return the call
   */
  @GET("v1/user/me")
  Call<UserInfo> me();
}
