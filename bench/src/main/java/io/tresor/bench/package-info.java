/**
 * Plain benchmarks that print their figures (ops/s, percentiles) for the speed targets of the
 * issues. They depend on the modules they measure; nothing depends on them.
 */
package io.tresor.bench;
