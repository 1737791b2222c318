package io.github.pikpak4j.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a test method or class from {@link DeviationCheckExtension}: for tests that send PikPak's accepted but
 * non-strict forms on purpose (a foreign User-Agent, no {@code X-Client-Id}, {@code "parent_id": null}, ...).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowDeviations {}
