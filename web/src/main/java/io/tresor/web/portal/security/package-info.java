/** The platform admins' view of security events raised from the audit stream. */
package io.tresor.web.portal.security;
