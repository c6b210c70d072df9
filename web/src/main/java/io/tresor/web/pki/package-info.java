/**
 * The public side of the device PKI under {@code /pki}: the CA chain and the CRL, which devices,
 * brokers and {@code openssl} fetch without any credentials.
 */
package io.tresor.web.pki;
