/**
 * What every system test stands on: the one Tresor the suite runs through the launcher, an
 * HTTP client that trusts exactly that server's certificate, and a headless Chromium. Test
 * packages depend on this one; it depends on no test.
 */
package io.tresor.systemtest.support;
