package dev.newsflow.enrich.figure.domain;

import java.util.List;

/** The regular forms of an English verb: "slip" gives "slips", "slipped", "slipping"; "rally" gives "rallied". */
final class Inflections {

    private static final String VOWELS = "aeiou";

    private Inflections() {
    }

    /** The third-person, past and present-participle forms of {@code lemma}. */
    static List<String> of(String lemma) {
        return List.of(thirdPerson(lemma), past(lemma), participle(lemma));
    }

    private static String thirdPerson(String lemma) {
        if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch")
                || lemma.endsWith("sh")) {
            return lemma + "es";
        }
        return consonantY(lemma) ? lemma.substring(0, lemma.length() - 1) + "ies" : lemma + "s";
    }

    private static String past(String lemma) {
        if (lemma.endsWith("e")) {
            return lemma + "d";
        }
        if (consonantY(lemma)) {
            return lemma.substring(0, lemma.length() - 1) + "ied";
        }
        return (doublesLast(lemma) ? lemma + lemma.charAt(lemma.length() - 1) : lemma) + "ed";
    }

    private static String participle(String lemma) {
        if (lemma.endsWith("ie")) {
            return lemma.substring(0, lemma.length() - 2) + "ying";
        }
        if (lemma.endsWith("e") && !lemma.endsWith("ee") && !lemma.endsWith("ye") && !lemma.endsWith("oe")) {
            return lemma.substring(0, lemma.length() - 1) + "ing";
        }
        return (doublesLast(lemma) ? lemma + lemma.charAt(lemma.length() - 1) : lemma) + "ing";
    }

    private static boolean consonantY(String lemma) {
        return lemma.length() > 1 && lemma.endsWith("y") && !isVowel(lemma.charAt(lemma.length() - 2));
    }

    /** Whether a one-syllable verb ending consonant-vowel-consonant doubles its last letter ("slip", "drop"). */
    private static boolean doublesLast(String lemma) {
        int n = lemma.length();
        if (n < 3 || "wxy".indexOf(lemma.charAt(n - 1)) >= 0 || isVowel(lemma.charAt(n - 1))
                || !isVowel(lemma.charAt(n - 2)) || isVowel(lemma.charAt(n - 3))) {
            return false;
        }
        int groups = 0;
        for (int i = 0; i < n; i++) {
            if (isVowel(lemma.charAt(i)) && (i == 0 || !isVowel(lemma.charAt(i - 1)))) {
                groups++;
            }
        }
        return groups == 1;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
