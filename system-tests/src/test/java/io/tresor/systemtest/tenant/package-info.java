/** API tests of tenant isolation: what one tenant's integrator can and cannot learn of another tenant. */
package io.tresor.systemtest.tenant;
