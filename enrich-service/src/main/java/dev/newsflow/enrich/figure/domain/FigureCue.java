package dev.newsflow.enrich.figure.domain;

/**
 * One thing the extractor read that made a figure what it is, so a reader who doubts a figure can see why it is there.
 *
 * @param role what the cue decided: {@code subject}, {@code sign}, {@code move}, {@code level} or {@code period}
 * @param text the words of the text it read
 * @param rule how it read them ("lexicon", "movement word before the number", "after 'to'", "week")
 */
public record FigureCue(String role, String text, String rule) {
}
