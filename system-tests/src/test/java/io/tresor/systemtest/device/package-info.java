/**
 * Device identities end to end with real clients: openssl makes keys and requests, curl
 * enrolls and fetches the CA chain and CRL, openssl verifies what Tresor issued.
 */
package io.tresor.systemtest.device;
