/** The watch that follows the audit chain and raises security events, and the query behind the admin page. */
package io.tresor.application.security.internal;
