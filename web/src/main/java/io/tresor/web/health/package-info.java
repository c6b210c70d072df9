/**
 * MicroProfile Health checks: readiness includes the database. Payara serves them at
 * /health; they reveal no versions. Nothing depends on this package.
 */
package io.tresor.web.health;
