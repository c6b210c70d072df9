/**
 * The installation itself: settings from system properties and the environment, the data
 * directory, schema migration and the first start (platform admin, demo data, initial
 * credentials). Every capability may read {@link io.tresor.application.platform.Settings}.
 */
package io.tresor.application.platform;
