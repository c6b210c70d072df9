/** Personal data at rest: the database, dumped the way a backup or an attacker would, holds no plain personal data. */
package io.tresor.systemtest.privacy;
