package dev.newsflow.enrich.figure.domain;

/**
 * Where a sentence names an instrument.
 *
 * @param instrument what is named
 * @param first      index of the first token of the name
 * @param last       index after the last token of the name (and of a ticker in parentheses after it)
 * @param subject    whether the instrument is the subject of what follows, not a reference ("against the dollar")
 */
record Mention(Instrument instrument, int first, int last, boolean subject) {

    Mention asReference() {
        return new Mention(instrument, first, last, false);
    }

    boolean overlaps(Mention other) {
        return first < other.last && other.first < last;
    }
}
