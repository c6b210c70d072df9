/**
 * Personal data at rest: the {@link io.tresor.domain.crypto.Personal} attribute type that every
 * entity uses for a personal value, the listener that seals it on write and binds it on read,
 * and the wrapped tenant and data keys. The cipher service in the EJB module does the crypto.
 */
package io.tresor.domain.crypto;
