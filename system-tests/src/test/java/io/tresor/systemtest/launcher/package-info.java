/** Tests of the launcher itself: how it behaves when Tresor cannot start. */
package io.tresor.systemtest.launcher;
