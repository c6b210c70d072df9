/**
 * The published API contract ({@code /openapi}) against the running application: parsed as
 * client generators parse it, and real answers validated against its schemas.
 */
package io.tresor.systemtest.api;
