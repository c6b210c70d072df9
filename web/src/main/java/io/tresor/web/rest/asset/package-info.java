/**
 * {@code /api/v1/asset-types}, {@code /api/v1/assets} and {@code /api/v1/sites}: the installed
 * base for integrators, mapped from the asset services' records to the JSON field names of the
 * integration contract (README), as records that JSON-B binds and META-INF/openapi.yaml describes.
 */
package io.tresor.web.rest.asset;
