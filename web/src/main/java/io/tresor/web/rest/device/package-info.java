/**
 * {@code /api/v1/devices}: the device registry for integrators, and the enrollment endpoint that
 * devices call with HTTP Basic credentials {@code deviceId:enrollmentToken} (as EST does).
 */
package io.tresor.web.rest.device;
