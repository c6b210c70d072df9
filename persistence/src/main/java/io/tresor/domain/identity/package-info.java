/**
 * Who may act: portal user accounts with their roles and credentials, integrator clients,
 * and the keys that sign integrator tokens. The identity services in the EJB module own
 * these entities; nothing else writes them.
 */
package io.tresor.domain.identity;
