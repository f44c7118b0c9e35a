package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.List;

/**
 * Reads "the local currency" and "the local unit" as the currency the text last named as what moves, when that is a
 * market's own currency: a report that names several markets writes "the ringgit rose ... The local unit fell ..."
 * of the ringgit, though another market may be named more often. Before any such currency is named, the phrase is the
 * currency of the market the text is about, as {@link MarketReferences} found it.
 */
final class LocalCurrencies {

    private Instrument last;

    /** {@code mentions}, each "local currency" among them read as the currency named last, if one was. */
    List<Mention> resolve(List<Mention> mentions) {
        if (last == null) {
            return mentions;
        }
        List<Mention> read = mentions;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (local(m)) {
                read = read == mentions ? new java.util.ArrayList<>(mentions) : read;
                read.set(k, new Mention(last, m.first(), m.last(), m.subject(), "the local currency named before"));
            }
        }
        return read;
    }

    /** Remembers the last market's own currency a sentence names as what moves. */
    void remember(List<Mention> mentions) {
        for (Mention mention : mentions) {
            Instrument instrument = mention.instrument();
            if (mention.subject() && instrument.kind() == Kind.FX && Markets.of(instrument) != null) {
                last = instrument;
            }
        }
    }

    private static boolean local(Mention mention) {
        return mention.via().equals(MarketReferences.LOCAL_CURRENCY);
    }
}
