/** The signed-in account: user info and storage quota ({@link io.github.pikpak4j.core.account.Account}). */
@NullMarked
package io.github.pikpak4j.core.account;

import org.jspecify.annotations.NullMarked;
