/**
 * The installation's start: schema migration, the first start (platform admin, demo data,
 * initial credentials) and the start-up that readiness waits for. It depends on every
 * capability and nothing depends on it; the settings every capability reads are in
 * {@code application.shared}.
 */
package io.tresor.application.platform;
