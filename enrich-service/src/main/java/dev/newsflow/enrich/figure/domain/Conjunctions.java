package dev.newsflow.enrich.figure.domain;

import java.util.ArrayList;
import java.util.List;

/** How instruments named together share figures ("gold and silver rose 1%", "... 1% and 2%, respectively"). */
final class Conjunctions {

    private static final WordSet JOINERS = WordSet.of("and", ",", "&", "or", "both", "as", "well", "plus", "the");

    /** Hedges that may stand before a gapped clause's number: "and silver about 1%". */
    private static final WordSet HEDGES = Vocabulary.words("moves", "hedges");

    private Conjunctions() {
    }

    /** Nouns that end a description of the company named after them: "aviation services group BBA". */
    private static final WordSet DESCRIPTIONS = WordSet.of("group", "firm", "company", "giant",
            "operator", "provider", "maker", "chain", "lender", "retailer", "insurer", "miner", "developer", "producer",
            "supplier", "conglomerate", "specialist", "business", "airline", "carrier", "bank", "brewer", "builder");

    private static final WordSet QUALIFYING_PREPOSITIONS = WordSet.of("on", "in", "for", "of");

    /** Whether a noun names a company's kind, ending a description of the name after it: "mobile operator". */
    static boolean describesCompany(Token t) {
        return DESCRIPTIONS.contains(t);
    }

    /** The most lowercase words that may describe a name in a list: "power producer". */
    private static final int DESCRIBING_WORDS = 3;

    /** Whether only joining words lie between a mention's end and the next mention. */
    static boolean onlyJoins(List<Token> tokens, int from, int next) {
        if (next >= tokens.size() || from >= next) {
            return false;
        }
        for (int i = afterQualifier(tokens, from, next); i < next; i++) {
            Token t = tokens.get(i);
            if (i > from && describesNext(tokens, i, next)) {
                return true;
            }
            if (!JOINERS.contains(t) && !(t.isPossessive() && t.isCapitalized() && i == next - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words from {@code i} to the mention at {@code next} only describe it, a noun of a company's kind
     * last: "and power producer Unipro".
     */
    private static boolean describesNext(List<Token> tokens, int i, int next) {
        if (next - i > DESCRIBING_WORDS || !tokens.get(i - 1).is(",") && !tokens.get(i - 1).is("and")
                || !DESCRIPTIONS.contains(tokens.get(next - 1))) {
            return false;
        }
        for (int j = i; j < next; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.isCapitalized() || JOINERS.contains(t) || Cues.sign(t) != 0
                    || t.has(Cues.DISTRACTOR) || t.has(Cues.LEVEL_TRIGGER)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the joining words start after a phrase that only says where the mention trades: "the HNX-Index on the Hanoi
     * Stock Exchange and the UPCoM-Index"; {@code from} when there is none.
     */
    private static int afterQualifier(List<Token> tokens, int from, int next) {
        if (!QUALIFYING_PREPOSITIONS.contains(tokens.get(from))) {
            return from;
        }
        for (int i = from + 1; i < next; i++) {
            Token t = tokens.get(i);
            if (t.is("and")) {
                return i;
            }
            if (!t.isWord() || Cues.sign(t) != 0 || t.has(Cues.LEVEL_TRIGGER) && !t.is("on") && !t.is("at")) {
                return from;
            }
        }
        return from;
    }

    /**
     * Whether a mention shares the verb of the clause before it, which is left out: "Barclays rose 1.96% to R138.97
     * and Standard Bank 1.3% to R162.09", "Tin jumped by 1.7% and aluminium by nearly 1.4%", "the Dow rose 400.71, or
     * 4.0 percent, the Nasdaq 78.21, or 4.5 percent", "Tesla lost $5 to $200 and Apple $2 to $180".
     */
    static boolean gapped(List<Token> tokens, Mention mention) {
        int before = mention.first() - 1;
        while (before >= 0 && (tokens.get(before).is("the") || tokens.get(before).isPossessive()
                || tokens.get(before).isCapitalized() && tokens.get(before + 1).isPossessive())) {
            before--;
        }
        if (before < 1 || !tokens.get(before).is("and") && !tokens.get(before).is(",")) {
            return false;
        }
        int after = mention.last();
        if (after < tokens.size() && tokens.get(after).is("by")) {
            after++;
        }
        while (after < tokens.size() && HEDGES.contains(tokens.get(after))) {
            after++;
        }
        if (after >= tokens.size() || !tokens.get(after).isNumber()) {
            return false;
        }
        Token.Unit unit = tokens.get(after).unit();
        return unit != Token.Unit.NONE && unit != Token.Unit.AMOUNT || unit == Token.Unit.NONE
                && (tokens.get(after).currency() == null ? percentBeside(tokens, after + 1)
                : levelAfter(tokens, after + 1));
    }

    /** Whether "to" or "at" and a level follow a change in money: "and Apple $2 to $180". */
    static boolean levelAfter(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && (tokens.get(i).is("to") || tokens.get(i).is("at"))
                && tokens.get(i + 1).isNumber();
    }

    /** Whether a percentage is told beside the bare number before {@code i}: "the Nasdaq 78.21, or 4.5 percent". */
    private static boolean percentBeside(List<Token> tokens, int i) {
        int j = i < tokens.size() && tokens.get(i).is(",") ? i + 1 : i;
        j = j < tokens.size() && (tokens.get(j).is("or") || tokens.get(j).is("(")) ? j + 1 : -1;
        return j > 0 && j < tokens.size() && tokens.get(j).isNumber() && tokens.get(j).unit() == Token.Unit.PERCENT;
    }

    /** Whether the clause before a mention speaks of a forecast, a target or other non-market numbers. */
    static boolean distractedBefore(List<Token> tokens, int mentionStart, int floor) {
        if (mentionStart > 0 && DESCRIPTIONS.contains(tokens.get(mentionStart - 1))) {
            return false;
        }
        for (int i = mentionStart - 1; i >= floor; i--) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";") || t.is(":") || t.has(Cues.CLAUSE_END)) {
                return false;
            }
            if (t.has(Cues.DISTRACTOR)) {
                return true;
            }
        }
        return false;
    }

    /** The figures of the {@code pending} mentions, taken from the figures {@code own} of the mention they join. */
    static List<FigureDraft> share(List<Token> tokens, List<Mention> pending, List<FigureDraft> own, int from,
            int to) {
        List<FigureDraft> shared = new ArrayList<>();
        if (pending.isEmpty() || own.isEmpty()) {
            return shared;
        }
        boolean respectively = false;
        for (int i = from; i < to; i++) {
            respectively |= tokens.get(i).is("respectively");
        }
        if (respectively && own.size() == pending.size() + 1) {
            for (int j = 0; j < pending.size(); j++) {
                Mention m = pending.get(j);
                shared.add(own.get(j).copyFor(m.instrument(), tokens.get(m.first()).start()));
            }
            FigureDraft last = own.get(own.size() - 1);
            own.clear();
            own.add(last);
            return shared;
        }
        for (Mention m : pending) {
            for (FigureDraft draft : own) {
                shared.add(draft.copyFor(m.instrument(), tokens.get(m.first()).start()));
            }
        }
        return shared;
    }
}
