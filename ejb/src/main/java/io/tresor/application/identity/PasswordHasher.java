package io.tresor.application.identity;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes and verifies passwords with Argon2id and stores the result as a PHC string
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}).
 * <p>
 * The parameters (OWASP's minimum recommendation: 19 MiB, two passes, one lane) travel in the
 * string, so stored hashes stay verifiable after the defaults change; {@link #needsRehash}
 * tells the login flow when to upgrade a hash while it still has the clear-text password.
 * Thread-safe.
 */
public final class PasswordHasher {

    private static final String ALGORITHM = "argon2id";
    private static final int VERSION = Argon2Parameters.ARGON2_VERSION_13;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    // Stored strings are trusted more than user input but not blindly: a corrupted or planted
    // row must not make one login allocate gigabytes or spin for minutes.
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 16;
    private static final int MAX_PARALLELISM = 16;
    private static final int MIN_SALT_BYTES = 8;
    private static final int MIN_HASH_BYTES = 16;
    private static final int MAX_SALT_OR_HASH_BYTES = 64;

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final int memoryKib;
    private final int iterations;
    private final int parallelism;

    /** The production parameters: m=19456 KiB, t=2, p=1. */
    public PasswordHasher() {
        this(19_456, 2, 1);
    }

    // Lets tests hash with cheap parameters; production code has no reason to pick its own.
    PasswordHasher(int memoryKib, int iterations, int parallelism) {
        if (!withinLimits(memoryKib, iterations, parallelism)) {
            throw new IllegalArgumentException("Argon2 parameters out of range");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /** Hashes the password with a fresh random salt; the caller still owns and clears the array. */
    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$" + ALGORITHM + "$v=" + VERSION
                + "$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * True if the password matches the PHC string. Anything unparseable, including null,
     * is simply a mismatch: the caller shows the same "wrong credentials" either way.
     */
    public boolean verify(char[] password, String phc) {
        if (password == null) {
            return false;
        }
        Phc parsed = Phc.parse(phc);
        if (parsed == null) {
            return false;
        }
        byte[] candidate = argon2(password, parsed.salt, parsed.memoryKib, parsed.iterations,
                parsed.parallelism, parsed.hash.length);
        return MessageDigest.isEqual(candidate, parsed.hash);
    }

    /** True if the string is unreadable or was made with other parameters than today's. */
    public boolean needsRehash(String phc) {
        Phc parsed = Phc.parse(phc);
        return parsed == null
                || parsed.memoryKib != memoryKib
                || parsed.iterations != iterations
                || parsed.parallelism != parallelism
                || parsed.salt.length != SALT_BYTES
                || parsed.hash.length != HASH_BYTES;
    }

    private static byte[] argon2(char[] password, byte[] salt, int memoryKib, int iterations,
            int parallelism, int hashBytes) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(VERSION)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[hashBytes];
        // Encodes the password as UTF-8, like the reference implementation and other PHC tools.
        generator.generateBytes(password, out);
        return out;
    }

    private static boolean withinLimits(int memoryKib, int iterations, int parallelism) {
        return parallelism >= 1 && parallelism <= MAX_PARALLELISM
                && iterations >= 1 && iterations <= MAX_ITERATIONS
                && memoryKib >= 8 * parallelism && memoryKib <= MAX_MEMORY_KIB;
    }

    /** A parsed PHC string; {@link #parse} returns null rather than explaining what was wrong. */
    private record Phc(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

        static Phc parse(String phc) {
            if (phc == null) {
                return null;
            }
            // "$argon2id$v=19$m=..,t=..,p=..$salt$hash" splits into a leading "" and five parts.
            String[] parts = phc.split("\\$", -1);
            if (parts.length != 6 || !parts[0].isEmpty() || !ALGORITHM.equals(parts[1])
                    || !("v=" + VERSION).equals(parts[2])) {
                return null;
            }
            try {
                String[] costs = parts[3].split(",", -1);
                if (costs.length != 3) {
                    return null;
                }
                int memoryKib = cost(costs[0], "m=");
                int iterations = cost(costs[1], "t=");
                int parallelism = cost(costs[2], "p=");
                byte[] salt = B64_DECODER.decode(parts[4]);
                byte[] hash = B64_DECODER.decode(parts[5]);
                if (!withinLimits(memoryKib, iterations, parallelism)
                        || !lengthWithin(salt, MIN_SALT_BYTES)
                        || !lengthWithin(hash, MIN_HASH_BYTES)) {
                    return null;
                }
                return new Phc(memoryKib, iterations, parallelism, salt, hash);
            } catch (IllegalArgumentException e) {
                // NumberFormatException and bad base64 both land here; the detail is of no use
                // to a login page and could hint at the stored format.
                return null;
            }
        }

        private static int cost(String part, String prefix) {
            if (!part.startsWith(prefix)) {
                throw new IllegalArgumentException();
            }
            String digits = part.substring(prefix.length());
            // Only plain decimal digits: parseInt would also accept "+19456".
            if (digits.isEmpty() || digits.length() > 9
                    || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException();
            }
            return Integer.parseInt(digits);
        }

        private static boolean lengthWithin(byte[] bytes, int min) {
            return bytes.length >= min && bytes.length <= MAX_SALT_OR_HASH_BYTES;
        }
    }
}
