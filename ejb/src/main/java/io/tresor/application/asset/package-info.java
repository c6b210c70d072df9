/**
 * The installed base as services: the manufacturer's asset types and their telemetry schemas,
 * customers' sites and assets, ownership periods. Operators and the manufacturer's integrators
 * manage them across customers; a customer's people and clients see their own, read-only.
 */
package io.tresor.application.asset;
