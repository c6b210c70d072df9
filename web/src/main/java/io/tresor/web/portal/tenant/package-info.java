/** Portal pages of the tenant capability: the dashboard and the platform admin's tenant list. */
package io.tresor.web.portal.tenant;
