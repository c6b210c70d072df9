/**
 * Devices and their identities: registration on an asset, enrollment by one-time token and
 * certificate request (also over EST), renewal, enrollment groups (factory CAs, group keys),
 * device authentication for the connector, suspension and revocation, and Tresor's device PKI
 * (CA chain, CRL). The web channels and, later, the MQTT connector depend on it.
 */
package io.tresor.application.device;
