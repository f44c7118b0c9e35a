package dev.newsflow.enrich.figure.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences: at sentence punctuation, semicolons, blank lines, headings, list items and bullets, but
 * not at the line breaks that only wrap a paragraph.
 */
final class SentenceSplitter {

    private static final WordSet ABBREVIATIONS = Vocabulary.words("text", "abbreviations");
    /** Bullets written inline ("• 2 year yield 3.660% • 5-year yield 3.460%") start a new item. */
    private static final String BULLETS = "•▪◦";

    private SentenceSplitter() {
    }

    /** The sentences of {@code text}, given its masked form. */
    static List<Sentence> split(String text, String masked) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int length = masked.length();
        java.util.BitSet lineEnds = LineBreaks.ending(text);
        String softText = unwrapped(text, lineEnds);
        String softMasked = unwrapped(masked, lineEnds);
        for (int i = 0; i < length; i++) {
            char c = masked.charAt(i);
            boolean boundary = c == '\n' ? lineEnds.get(i) : c == ';' || BULLETS.indexOf(c) >= 0
                    || (c == '.' || c == '!' || c == '?') && punctuationEnds(masked, i);
            if (boundary) {
                add(sentences, softText, softMasked, start, c == '\n' ? i : i + 1);
                start = i + 1;
            }
        }
        add(sentences, softText, softMasked, start, length);
        return sentences;
    }

    /** {@code text} with each line break that only wraps a paragraph read as the space it stands for. */
    private static String unwrapped(String text, java.util.BitSet lineEnds) {
        char[] chars = null;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (!lineEnds.get(i)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean punctuationEnds(String masked, int i) {
        int next = i + 1;
        while (next < masked.length() && (masked.charAt(next) == '"' || masked.charAt(next) == '”'
                || masked.charAt(next) == ')' || masked.charAt(next) == '\'')) {
            next++;
        }
        if (next < masked.length() && !Character.isWhitespace(masked.charAt(next))) {
            return false;
        }
        int after = skipBlanks(masked, next);
        if (after < masked.length() && Character.isLowerCase(masked.charAt(after))) {
            return false;
        }
        if (masked.charAt(i) != '.') {
            return true;
        }
        int wordStart = i;
        while (wordStart > 0 && (Character.isLetterOrDigit(masked.charAt(wordStart - 1))
                || masked.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = masked.substring(wordStart, i).toLowerCase(java.util.Locale.ROOT);
        return !(ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0))
                || initials(word));
    }

    /** Whether a word is initials, one letter at a time between full stops: "j.p", "w.a.g". */
    private static boolean initials(String word) {
        if (word.length() < 3 || word.length() % 2 == 0) {
            return false;
        }
        for (int c = 0; c < word.length(); c++) {
            if (c % 2 == 0 ? !Character.isLetter(word.charAt(c)) : word.charAt(c) != '.') {
                return false;
            }
        }
        return true;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static void add(List<Sentence> sentences, String text, String masked, int start, int end) {
        int s = Spans.trimmedStart(masked, start, end);
        int e = Spans.trimmedEnd(masked, s, end);
        if (s < e) {
            sentences.add(new Sentence(s, e, text.substring(s, e), masked.substring(s, e),
                    Tokenizer.tokenize(masked, s, e)));
        }
    }
}
