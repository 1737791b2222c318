package io.github.pikpak4j.core.membership;

/**
 * The account's monthly transfer quota ({@code GET /vip/v1/quantity/list?type=transfer}); separate from the storage
 * quota. Absent allowances read as zero.
 *
 * @param offline offline (cloud) downloads
 * @param download downloads
 * @param upload uploads, instant copies included
 */
public record TransferQuota(TransferAllowance offline, TransferAllowance download, TransferAllowance upload) {}
