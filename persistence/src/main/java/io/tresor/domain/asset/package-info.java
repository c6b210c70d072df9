/**
 * The installed base: asset types (product models and the telemetry they may send), the
 * customers' sites and assets, and who owned an asset when. The asset and device capabilities
 * depend on it; it depends only on shared and crypto.
 */
package io.tresor.domain.asset;
