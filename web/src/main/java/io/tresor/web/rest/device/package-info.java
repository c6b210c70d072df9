/**
 * {@code /api/v1/devices} and {@code /api/v1/enrollment-groups}: the device registry and the
 * manufacturer's enrollment groups for integrators, and the endpoints devices call themselves:
 * enrollment with HTTP Basic credentials {@code deviceId:enrollmentToken} (as EST does) and
 * renewal with a request signed by their current certificate's key.
 */
package io.tresor.web.rest.device;
