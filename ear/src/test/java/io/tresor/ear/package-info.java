/**
 * The EAR smoke suite: tresor.ear deployed on a real full Payara Server 6 proves that the
 * classic deployment starts, serves the portal and the API, and issues working tokens.
 */
package io.tresor.ear;
