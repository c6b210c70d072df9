/**
 * In-container tests of the EJB services with Arquillian on a Payara Micro of their own:
 * what the HTTP channels cannot reach directly, such as the tenant filter of the persistence
 * unit and the deny-by-default of every role-protected service.
 */
package io.tresor.systemtest.services;
