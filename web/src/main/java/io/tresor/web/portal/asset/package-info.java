/**
 * The installed base in the portal: the asset list (a lazy table paged, sorted and filtered in
 * the database), an asset with its devices and their credentials, asset types with their
 * telemetry schemas, sites, and the enrollment groups through which factory-credentialed devices
 * join. Operators change them; a customer's people read their own assets and see no enrollment group.
 */
package io.tresor.web.portal.asset;
