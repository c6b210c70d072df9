package io.tresor.bench;

import java.util.Locale;

/**
 * Entry point: {@code Bench cipher} runs the cipher benchmark, {@code Bench audit} the audit trail
 * benchmark, {@code Bench audit-verify} only its verification part, {@code Bench asset-list} the
 * portal's asset list with a hundred thousand assets.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        String which = args.length == 0 ? "cipher" : args[0];
        switch (which) {
            case "cipher" -> CipherBench.run();
            case "audit" -> AuditBench.run();
            case "audit-verify" -> AuditBench.runVerification();
            case "asset-list" -> AssetListBench.run();
            default -> throw new IllegalArgumentException("Unknown benchmark " + which
                    + " (known: cipher, audit, audit-verify, asset-list)");
        }
    }
}
