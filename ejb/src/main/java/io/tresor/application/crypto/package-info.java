/**
 * The cipher service: the master key outside the database that wraps every key stored in it,
 * and field encryption bound to its context (tenant, entity, field, row) with blind indexes
 * for lookups. Every capability that stores personal data depends on it.
 */
package io.tresor.application.crypto;
