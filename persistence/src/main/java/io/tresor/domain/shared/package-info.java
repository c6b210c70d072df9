/**
 * Building blocks every capability's entities share: identifiers, time conversion and the
 * multitenancy constants. Any entity package may depend on it; it depends on nothing here.
 */
package io.tresor.domain.shared;
