/**
 * The cipher service's foundation: the master key that lives outside the database and
 * wraps every key stored in it. Platform services depend on it; it depends on settings only.
 */
package io.tresor.application.crypto;
