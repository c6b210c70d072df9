/**
 * Browser tests of the portal, driven through page objects: sign-in with its forced steps,
 * TOTP, language, role-aware access, the admin pages. Each test uses its own demo account.
 */
package io.tresor.systemtest.portal;
