/** The installed base over REST: asset types, sites, assets, ownership, and what each tenant may see of them. */
package io.tresor.systemtest.asset;
