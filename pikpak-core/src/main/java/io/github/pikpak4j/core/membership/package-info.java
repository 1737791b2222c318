/**
 * The account's membership and activity: VIP status, the monthly transfer quota and the recent drive events ({@link
 * io.github.pikpak4j.core.membership.Membership}).
 */
@NullMarked
package io.github.pikpak4j.core.membership;

import org.jspecify.annotations.NullMarked;
