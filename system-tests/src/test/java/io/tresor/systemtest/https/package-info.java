/**
 * The transport as any client meets it: TLS versions and cipher suites, the redirect from
 * plain HTTP, security headers, what the server reveals about itself, and the public health
 * and metrics endpoints. Depends only on the support package and the openssl command.
 */
package io.tresor.systemtest.https;
