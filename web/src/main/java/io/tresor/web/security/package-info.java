/**
 * How callers prove who they are on the web and what they may call: the one Jakarta Security
 * mechanism (portal form + TOTP session, bearer JWT for the API and SOAP), the scope rule and its
 * annotations that every REST resource method and SOAP operation declares, and the security
 * headers on every response. Portal, REST and SOAP packages rely on it; it calls only the
 * identity services.
 */
package io.tresor.web.security;
