/**
 * The cipher service's mechanics: AES-256-GCM field encryption with key ids and bound
 * context, and HMAC blind indexes. Used by the crypto services of this module only.
 */
package io.tresor.application.crypto.internal;
