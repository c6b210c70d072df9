/**
 * Devices (the connected boxes on assets), their lifecycle and the certificates Tresor issued
 * them. The device capability depends on it; it depends on shared only.
 */
package io.tresor.domain.device;
