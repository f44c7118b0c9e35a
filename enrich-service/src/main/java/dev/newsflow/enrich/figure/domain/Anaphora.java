package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Resolves "the index", "the stock", "the Japanese currency" to the instrument an earlier sentence named. */
final class Anaphora {

    private static final Map<String, List<Kind>> HEADS = Map.ofEntries(
            Map.entry("index", List.of(Kind.INDEX, Kind.VOLATILITY, Kind.FX)),
            Map.entry("benchmark", List.of(Kind.INDEX, Kind.COMMODITY, Kind.YIELD)),
            Map.entry("gauge", List.of(Kind.INDEX, Kind.VOLATILITY, Kind.FX)),
            Map.entry("average", List.of(Kind.INDEX)), Map.entry("metal", List.of(Kind.COMMODITY)),
            Map.entry("contract", List.of(Kind.COMMODITY)), Map.entry("currency", List.of(Kind.FX)),
            Map.entry("pair", List.of(Kind.FX)), Map.entry("unit", List.of(Kind.FX)),
            Map.entry("yield", List.of(Kind.YIELD)), Map.entry("cryptocurrency", List.of(Kind.CRYPTO)),
            Map.entry("token", List.of(Kind.CRYPTO)), Map.entry("coin", List.of(Kind.CRYPTO)),
            Map.entry("stock", List.of(Kind.STOCK)), Map.entry("shares", List.of(Kind.STOCK)),
            Map.entry("company", List.of(Kind.STOCK)));

    private final Map<Kind, Instrument> recent = new EnumMap<>(Kind.class);
    private Instrument last;

    /** Remembers the instruments a sentence named, the last one last. */
    void remember(List<Mention> mentions) {
        for (Mention mention : mentions) {
            recent.put(mention.instrument().kind(), mention.instrument());
            last = mention.instrument();
        }
    }

    /** A mention for a reference to an earlier instrument before token {@code limit}, or null. */
    Mention find(List<Token> tokens, int limit) {
        for (int i = 0; i < limit; i++) {
            Token t = tokens.get(i);
            boolean determiner = t.is("the") || t.is("its") || t.is("this");
            if (!determiner && !(i == 0 && t.is("shares"))) {
                continue;
            }
            int head = determiner ? i + 1 : i;
            for (int h = head; h < Math.min(limit, head + 3); h++) {
                List<Kind> kinds = HEADS.get(tokens.get(h).key());
                if (kinds != null) {
                    Instrument instrument = resolve(kinds);
                    return instrument == null ? null : new Mention(instrument, i, h + 1, true);
                }
                if (!tokens.get(h).isWord() || Cues.DISTRACTORS.contains(tokens.get(h).key())
                        || tokens.get(h).is("price")) {
                    break;
                }
            }
        }
        return null;
    }

    private Instrument resolve(List<Kind> kinds) {
        if (last != null && kinds.contains(last.kind())) {
            return last;
        }
        for (Kind kind : kinds) {
            if (recent.containsKey(kind)) {
                return recent.get(kind);
            }
        }
        return null;
    }
}
