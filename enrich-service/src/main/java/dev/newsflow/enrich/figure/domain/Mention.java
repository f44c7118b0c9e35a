package dev.newsflow.enrich.figure.domain;

/**
 * Where a sentence names an instrument, and by which rule it was found.
 *
 * @param instrument what is named
 * @param first      index of the first token of the name
 * @param last       index after the last token of the name (and of a ticker in parentheses after it)
 * @param subject    whether the instrument is the subject of what follows, not a reference ("against the dollar")
 * @param via        the rule that found it, for a reader who asks why a figure is there
 */
record Mention(Instrument instrument, int first, int last, boolean subject, String via) {

    Mention asReference() {
        return new Mention(instrument, first, last, false, via);
    }

    /** The same mention over other tokens. */
    Mention spanning(int newFirst, int newLast) {
        return new Mention(instrument, newFirst, newLast, subject, via);
    }

    boolean overlaps(Mention other) {
        return first < other.last && other.first < last;
    }
}
