/**
 * The PrimeFaces portal's shared pieces: language choice and the messages helper. Each
 * capability's pages live in a sub-package with one view-scoped bean per page.
 */
package io.tresor.web.portal;
