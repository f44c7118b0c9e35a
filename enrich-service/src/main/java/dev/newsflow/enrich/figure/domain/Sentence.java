package dev.newsflow.enrich.figure.domain;

import java.util.List;

/**
 * One sentence of a text: where it is, what it says, and its tokens.
 *
 * @param start  offset of its first character in the text
 * @param end    offset after its last character
 * @param text   the sentence as written
 * @param masked the sentence with Markdown syntax blanked, the same length as {@code text}
 * @param tokens its tokens, offsets relative to the whole text
 */
record Sentence(int start, int end, String text, String masked, List<Token> tokens) {
}
