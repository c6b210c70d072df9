/**
 * Portal pages of the identity capability: sign-in with its steps (password change, TOTP
 * enrolment and challenge), invitations, the profile, integrator clients and the company's users.
 */
package io.tresor.web.portal.identity;
