package io.tresor.application.identity.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * Decides whether a new password is acceptable: between 12 and 128 characters and hard to
 * guess, judged by nbvcxz's estimate rather than by composition rules (which push users to
 * "Passwort123!"). Returns message keys so each channel can word and translate the refusal.
 * Thread-safe.
 */
public final class PasswordPolicy {

    public static final String TOO_SHORT = "password.tooShort";
    public static final String TOO_LONG = "password.tooLong";
    public static final String TOO_WEAK = "password.tooWeak";

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    // zxcvbn's "very unguessable" mark: out of reach of an offline attack on a slow hash such
    // as our Argon2id. nbvcxz's own 35-bit minimum is stricter today; this floor keeps the
    // policy should a library update lower that default.
    private static final BigDecimal MIN_GUESSES = BigDecimal.TEN.pow(10);

    // User-input fragments shorter than this ("de", "jo") would zero out ordinary syllables.
    private static final int MIN_FRAGMENT_LENGTH = 3;

    /**
     * Returns the keys of the rules the password breaks, or an empty list if it is
     * acceptable. Length is checked first and alone: a password refused for its length is
     * not worth estimating, and one message at a time is clearer to the user.
     *
     * @param userInputs what an attacker would try first for this user (e-mail, names, the
     *                   tenant's name); may be null or contain nulls
     */
    public List<String> violations(String password, List<String> userInputs) {
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            return List.of(TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            // Not estimated: the estimator's cost grows steeply with length.
            return List.of(TOO_LONG);
        }
        Set<String> fragments = fragments(userInputs);
        Nbvcxz estimator = estimator(fragments);
        if (tooWeak(estimator, candidate)) {
            return List.of(TOO_WEAK);
        }
        // nbvcxz scores a password as pure brute force when too little of it matches known
        // patterns, and then ignores the user's words too ("Tresor-Anna-Schmidt!" passes).
        // So the password must also be strong without them.
        String withoutUserInputs = strip(candidate, fragments);
        if (!withoutUserInputs.equals(candidate) && tooWeak(estimator, withoutUserInputs)) {
            return List.of(TOO_WEAK);
        }
        return List.of();
    }

    private static boolean tooWeak(Nbvcxz estimator, String password) {
        Result result = estimator.estimate(password);
        return !result.isMinimumEntropyMet() || result.getGuesses().compareTo(MIN_GUESSES) < 0;
    }

    private static Nbvcxz estimator(Set<String> fragments) {
        if (fragments.isEmpty()) {
            return Estimators.SHARED;
        }
        // Per call, but cheap: the bundled dictionaries are loaded once into nbvcxz's statics
        // (that is the expensive part) and merely referenced from the new configuration.
        List<Dictionary> dictionaries =
                new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(new DictionaryBuilder()
                .setDictionaryName("user_inputs")
                // An exclusion word counts as zero entropy wherever it appears, also reversed
                // or in leetspeak, which plain stripping would miss.
                .setExclusion(true)
                .addWords(fragments, 0)
                .createDictionary());
        return new Nbvcxz(Estimators.configuration(dictionaries));
    }

    /** Removes every fragment, ignoring case, longest first so "annaschmidt" goes whole. */
    static String strip(String password, Set<String> fragments) {
        List<String> longestFirst = new ArrayList<>(fragments);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        String result = password;
        for (String fragment : longestFirst) {
            result = Pattern.compile(Pattern.quote(fragment),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(result).replaceAll("");
        }
        return result;
    }

    /**
     * Splits inputs into the pieces a user would reuse: "anna.schmidt@example.org" yields
     * the whole address, "anna.schmidt", "annaschmidt", "anna", "schmidt" and "example".
     */
    static Set<String> fragments(List<String> userInputs) {
        Set<String> fragments = new LinkedHashSet<>();
        if (userInputs == null) {
            return fragments;
        }
        for (String input : userInputs) {
            if (input == null || input.isBlank()) {
                continue;
            }
            String lower = input.strip().toLowerCase(Locale.ROOT);
            int at = lower.lastIndexOf('@');
            String local = at >= 0 ? lower.substring(0, at) : lower;
            // The top-level domain is left out: excluding "com" or "org" would only weaken
            // unrelated passwords that happen to contain those letters.
            String domain = at >= 0 ? lower.substring(at + 1).replaceAll("\\.[^.]*$", "") : "";
            addFragment(fragments, lower);
            addFragment(fragments, local);
            addFragment(fragments, local.replaceAll("[^\\p{L}\\p{N}]", ""));
            addTokens(fragments, local);
            addTokens(fragments, domain);
        }
        return fragments;
    }

    private static void addTokens(Set<String> fragments, String text) {
        for (String token : text.split("[^\\p{L}\\p{N}]+")) {
            addFragment(fragments, token);
            // "schmidt2024" should also yield "schmidt"; the digits are scored on their own.
            addFragment(fragments, token.replaceAll("\\p{N}+$", ""));
        }
    }

    private static void addFragment(Set<String> fragments, String fragment) {
        if (fragment.length() >= MIN_FRAGMENT_LENGTH) {
            fragments.add(fragment);
        }
    }

    /** Initialised on first use, so loading the dictionaries never slows deployment. */
    private static final class Estimators {

        static final Nbvcxz SHARED =
                new Nbvcxz(configuration(ConfigurationBuilder.getDefaultDictionaries()));

        static Configuration configuration(List<Dictionary> dictionaries) {
            return new ConfigurationBuilder()
                    .setDictionaries(dictionaries)
                    // Only affects nbvcxz's feedback texts, which we never show; fixed so the
                    // server's default locale cannot make it hunt for resource bundles.
                    .setLocale(Locale.ENGLISH)
                    .createConfiguration();
        }
    }
}
