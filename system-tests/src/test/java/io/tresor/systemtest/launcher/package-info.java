/**
 * Tests of the launcher itself: how it behaves when Tresor cannot start, when it builds, and
 * what it does with its settings (on a second server of their own, beside the suite's).
 */
package io.tresor.systemtest.launcher;
