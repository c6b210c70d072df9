/**
 * Tenants: the platform admin's tenant management, the dashboard's figures, and the check that
 * a call comes from the manufacturer's side ({@link ManufacturerSide}). The data layer that
 * confines every read and write to the caller's reach is in {@code application.shared}.
 * Asset, device and the web layer depend on it.
 */
package io.tresor.application.tenant;
