/**
 * The device registry's internals: Tresor's own two-level device PKI (root and issuing CA,
 * certificates and CRLs, built with BouncyCastle) and the checks a certificate request must
 * pass before anything is issued. Plain, container-free classes; only the device capability
 * may depend on them, so key types, lifetimes and the keystore layout change in one place.
 */
package io.tresor.application.device.internal;
