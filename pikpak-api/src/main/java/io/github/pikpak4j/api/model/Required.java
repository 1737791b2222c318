package io.github.pikpak4j.api.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that a response must carry (present and not {@code null}); a response
 * without it fails with {@code InvalidResponseException} naming the endpoint and the field.
 * Ignored when serializing requests.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Required {
  /**
   * The JSON name of a sibling field that, when present with a non-empty value, makes this field
   * optional; {@code ""} (the default) when the field is always required.
   *
   * @return the sibling's JSON name, or {@code ""}
   */
  String unless() default "";
}
