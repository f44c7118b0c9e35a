package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds companies the lexicon does not know, by how market news writes about them: "Acme Corp", "Acme (ACME)",
 * "Acme shares", "shares of Acme".
 */
final class CompanyNames {

    private static final WordSet SUFFIXES = Vocabulary.words("names", "company-suffixes");
    private static final WordSet NOT_NAMES = Vocabulary.words("names", "not-names");
    private static final WordSet MONTHS = Vocabulary.words("periods", "months");
    private static final WordSet INDEX_HEADS = WordSet.of("index", "average", "composite", "indices");
    private static final Pattern INDEX_CODE = Pattern.compile("[A-Z]{2,6}-?\\d{2,3}");
    /** Words after which a name may open a clause whose verb is left out: "..., and Foo Mining 2p to 80p". */
    private static final WordSet GAP_OPENERS = WordSet.of("and", ",", "while", "whereas");
    static final WordSet CLAUSE_OPENERS = WordSet.of(",", ";", "while", "whereas", "but", "and", ":",
            "meanwhile", "elsewhere", "however");
    private static final WordSet SPEECH = Vocabulary.words("names", "speech-verbs");
    /** Words that open an aside about the name before the comma: ", the owner of Gucci,", ", which said ...,". */
    private static final WordSet ASIDE_OPENERS = Vocabulary.words("names", "aside-openers");
    private static final int CLAUSE_REACH = 14;
    /** Endings of plurals, verbs, adverbs and abstract or mass nouns, which no lone name at a sentence's start has. */
    private static final WordSet NOUN_ENDINGS = Vocabulary.words("names", "noun-endings");
    private static final WordSet RANKED_NOUNS = Vocabulary.words("names", "ranked");
    /** Words before a number that make it a noun's, not a move's: "crossed the R600 level". */
    private static final WordSet ARTICLES = WordSet.of("the", "a", "an");
    /** Words after a list of names that share its move out among them: "..., Fenlow and Anglo all losing 2%". */
    private static final WordSet DISTRIBUTIVES = WordSet.of("each", "both", "all");
    private static final int LIST_ITEMS = 6;
    private static final int DESCRIBING_WORDS = 3;
    /** Abbreviations written with full stops that are no name's initials: "U.S.", "U.K.". */
    private static final WordSet ABBREVIATIONS = Vocabulary.words("text", "abbreviations");
    /** The most words a company's name found by how news writes about it may have. */
    private static final int NAME_WORDS = 5;
    private static final int MIN_MEMBERS = 10;
    private static final int MAX_MEMBERS = 1000;
    /** Verbs of a ranked list, whose move takes the sign of the list: "Johnholt led by 10 per cent". */
    private static final WordSet RANKED = WordSet.of("led", "trailed", "followed", "topped");
    private static final WordSet PREDICATES = Vocabulary.words("names", "subject-predicates");
    private static final WordSet AUXILIARIES = Vocabulary.words("names", "name-auxiliaries");
    private static final WordSet PHRASAL = Vocabulary.words("names", "phrasal-verbs");
    private static final WordSet SEEING = Vocabulary.words("names", "seeing-verbs");
    private static final WordSet SEEN = Vocabulary.words("names", "seen-own-moves");
    private static final WordSet CLOSING = WordSet.of("closed", "ended", "finished",
            "settled", "closing", "ending");
    private static final WordSet TRAILING = Vocabulary.words("names", "name-trailing");
    private static final WordSet PREPOSITIONS = Vocabulary.words("names", "name-prepositions");
    private static final WordSet NOT_IN_NAMES = Vocabulary.words("names", "not-in-names");
    /** Lowercase words inside a name between two capitalized ones: "Pets at Home", "Pão de Açúcar". */
    private static final WordSet INNER_WORDS = Vocabulary.words("names", "name-inner-words");
    private static final Pattern TICKER = Pattern.compile("[A-Z][A-Z0-9]{0,5}(?:[.\\-][A-Z0-9]{1,3})?|\\d{4,6}"
            + "(?:\\.[A-Z]{1,2})?");

    private CompanyNames() {
    }

    /** The companies named in {@code tokens} that no mention in {@code known} covers. */
    static List<Mention> find(List<Token> tokens, List<Mention> known) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(") && tickerEnd(tokens, i) > 0) {
                add(found, known, countedRun(tokens, i), i, tokens);
            } else if ((t.is("(") || t.is(":")) && i > 0 && (tokens.get(i - 1).isCapitalized()
                    || countedRun(tokens, i) < i) && listedMove(tokens, i)) {
                add(found, known, countedRun(tokens, i), i, tokens);
            } else if ((t.is("shares") || t.is("stock") || t.is("share") && i + 1 < tokens.size()
                    && opensPredicate(tokens.get(i + 1))) && i > 0) {
                add(found, known, run(tokens, i), i, tokens);
            } else if ((t.is("of") || t.is("in")) && i > 0 && tokens.get(i - 1).is("shares")) {
                int named = i + 1 < tokens.size() && tokens.get(i + 1).is("the") ? i + 2 : i + 1;
                int from = afterDescription(tokens, named);
                add(found, known, from, forwardRun(tokens, from), tokens, true);
            } else if (SUFFIXES.contains(t) && t.isCapitalized() && i > 0 && tokens.get(i - 1).isCapitalized()) {
                add(found, known, joinedByAnd(tokens, known, run(tokens, i + 1), i + 1), i + 1, tokens);
            } else if (t.is("in") && i > 1 && i + 1 < tokens.size()
                    && tokens.get(afterDescription(tokens, i + 1)).isCapitalized()
                    && Cues.sign(tokens.get(i - 1)) != 0 && tokens.get(i - 2).unit() == Token.Unit.PERCENT) {
                int named = afterDescription(tokens, i + 1);
                add(found, known, named, forwardRun(tokens, named), tokens, true);
            } else if ((t.is("—") || t.is("–")) && i > 0 && tokens.get(i - 1).isCapitalized() && run(tokens, i) == 0
                    && hasMove(tokens, i)) {
                add(found, known, 0, i, tokens);
            } else if (i > 0 && tokens.get(i - 1).isCapitalized() && t.is(",") && appositiveMove(tokens, i)) {
                add(found, known, run(tokens, i), i, tokens);
            } else if (i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).isCapitalized()
                    && INDEX_HEADS.contains(t) && !t.isCapitalized() && introducesMove(tokens, i + 1)) {
                add(found, known, run(tokens, i), i + 1, tokens);
            } else if (i > 0 && tokens.get(i - 1).isCapitalized()
                    && (introducesMove(tokens, i) || gappedMove(tokens, i))) {
                int start = joinedByAnd(tokens, known, run(tokens, i), i);
                if (start == i - 1 && start > 2 && tokens.get(start - 1).is(".")
                        && isLegalSuffix(tokens.get(start - 2)) && tokens.get(start - 3).isCapitalized()) {
                    start = run(tokens, start - 2);
                }
                boolean relative = t.is(",") && i + 1 < tokens.size() && tokens.get(i + 1).is("which");
                if (start == 0 || relative || !PREPOSITIONS.contains(tokens.get(start - 1))
                        || rankedBy(tokens, start)) {
                    add(found, known, start, i, tokens);
                    if (distributed(tokens, i) || saysSeveral(tokens, i)) {
                        listedBefore(found, known, tokens, start);
                    }
                }
            }
        }
        for (int s = 0; s < tokens.size(); s++) {
            if (s == 0 || CLAUSE_OPENERS.contains(tokens.get(s - 1))) {
                int end = forwardRun(tokens, s);
                if (end > s && (plausibleName(tokens, s, end) || rankedLoneName(tokens, s, end))
                        && clauseMoves(tokens, known, end)) {
                    add(found, known, s, end, tokens);
                }
                boolean listed = s > 0 && tokens.get(s - 1).is(",");
                if (end > s && !listed) {
                    coordinated(found, known, tokens, s, end);
                }
            }
        }
        return found;
    }

    /**
     * The names listed at a clause's start whose clause goes on to a move: "Sapphire Textile Mills and Shield
     * Corporation were the top gainers", "Eterna, Unity Bank, NEM Insurance, John Holt and Conoil led".
     */
    private static void coordinated(List<Mention> found, List<Mention> known, List<Token> tokens, int start,
            int firstEnd) {
        List<int[]> names = new ArrayList<>();
        names.add(new int[] {start, firstEnd});
        int end = firstEnd;
        while (end + 1 < tokens.size() && (tokens.get(end).is(",") || tokens.get(end).is("and"))) {
            boolean last = tokens.get(end).is("and");
            int next = forwardRun(tokens, end + 1);
            if (next == end + 1 || !plausibleName(tokens, end + 1, next)) {
                return;
            }
            names.add(new int[] {end + 1, next});
            end = next;
            if (last) {
                break;
            }
        }
        if (names.size() < 2 || !tokens.get(names.get(names.size() - 1)[0] - 1).is("and")
                || !plausibleName(tokens, start, firstEnd) || !clauseMoves(tokens, known, end)
                || names.size() == 2 && !saysSeveral(tokens, end)) {
            return;
        }
        names.forEach(name -> add(found, known, name[0], name[1], tokens));
    }

    /**
     * Adds the names listed before the last one, at {@code last}, of a list whose move they share: "Quarrow Mining,
     * Fenlow and Anglo American all losing more than 2%", "Aeroflot, mobile operator MTS and power producer Unipro,
     * each falling 2%"; "and" before the last, commas before the others, each name maybe described by lowercase words.
     */
    private static void listedBefore(List<Mention> found, List<Mention> known, List<Token> tokens, int last) {
        int item = last;
        for (int n = 0; n < LIST_ITEMS; n++) {
            int joint = afterDescribing(tokens, item) - 1;
            boolean and = joint > 0 && tokens.get(joint).is("and");
            if (joint < 1 || (n == 0 ? !and : !tokens.get(joint).is(",")) || !isNameWord(tokens, joint - 1, true)) {
                return;
            }
            int from = run(tokens, joint);
            if (from == joint) {
                return;
            }
            add(found, known, from, joint, tokens);
            item = from;
        }
    }

    /**
     * Whether the name at {@code start} is the one a ranking is led by, which is said to move of its own: "rose 0.1%,
     * led by Harbour Bank, up 3.4%", "followed by Acme Mining, down 2%".
     */
    private static boolean rankedBy(List<Token> tokens, int start) {
        int by = tokens.get(start - 1).is("the") && start >= 2 ? start - 2 : start - 1;
        return by >= 1 && tokens.get(by).is("by") && RANKED.contains(tokens.get(by - 1));
    }

    /** Whether a word that shares a move out among the names before it follows at {@code i}: "all", ", each". */
    private static boolean distributed(List<Token> tokens, int i) {
        int word = tokens.get(i).is(",") ? i + 1 : i;
        return word + 1 < tokens.size() && DISTRIBUTIVES.contains(tokens.get(word));
    }

    /** Where the lowercase words that describe the name at {@code start} begin: "power producer Unipro". */
    private static int afterDescribing(List<Token> tokens, int start) {
        int from = start;
        while (from > 0 && start - from < DESCRIBING_WORDS && tokens.get(from - 1).isWord()
                && !tokens.get(from - 1).isCapitalized() && !tokens.get(from - 1).is("and")
                && Cues.sign(tokens.get(from - 1)) == 0 && !tokens.get(from - 1).has(Cues.DISTRACTOR)) {
            from--;
        }
        return from > 0 && (tokens.get(from - 1).is(",") || tokens.get(from - 1).is("and")) ? from : start;
    }

    /**
     * Where a name starts that two runs of capitals joined by "and" make together, when what follows speaks of one
     * and neither run is a name known already: "Fisher and Paykel Healthcare dropped 2c", "Irish Life and Permanent
     * shed 1.3 per cent"; else {@code start}, the start of the run after "and".
     */
    private static int joinedByAnd(List<Token> tokens, List<Mention> known, int start, int end) {
        if (start < 2 || !tokens.get(start - 1).is("and") || !tokens.get(start - 2).isCapitalized()
                || tokens.get(start - 2).isPossessive() || saysSeveral(tokens, end)) {
            return start;
        }
        int left = run(tokens, start - 1);
        if (left == start - 1 || end - left > NAME_WORDS || Markets.nameEnd(tokens, left) >= start - 1
                || left > 1 && tokens.get(left - 1).is(",") && tokens.get(left - 2).isCapitalized()) {
            return start;
        }
        for (Mention other : known) {
            if (other.first() < end && other.last() > left) {
                return start;
            }
        }
        return left;
    }

    /**
     * Whether the clause after two names joined by "and" speaks of more than one ("were", "both", "respectively"):
     * otherwise "Metropolitan Bank and Trust Co." and "Irish Life and Permanent" are one company each.
     */
    private static boolean saysSeveral(List<Token> tokens, int from) {
        for (int j = from; j < Math.min(tokens.size(), from + CLAUSE_REACH * 2); j++) {
            Token t = tokens.get(j);
            if (t.is(";") || t.is(".")) {
                return false;
            }
            if (t.is("were") || t.is("are") || t.is("both") || t.is("each") || t.is("respectively")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause that a name at its start opens goes on to a move of its own, with no other subject, no
     * reported speech and no number of another kind between: "Tallu Spinning was the worst loser, losing 8.13 per
     * cent", "Sky was among the top gainers, up 2.9% at £10.33". What the verb takes as its object does not stop it:
     * an instrument named as a reference ("topped the CAC 40, jumping 6%") or a price level named with its article
     * ("crossed the R600 level, closing 2.8% higher").
     */
    private static boolean clauseMoves(List<Token> tokens, List<Mention> known, int from) {
        if (from >= tokens.size() || !opensPredicate(tokens.get(from))) {
            return false;
        }
        for (int j = from; j < Math.min(tokens.size(), from + CLAUSE_REACH); j++) {
            Token t = tokens.get(j);
            if (t.isCapitalized() && j > from) {
                int object = objectEnd(tokens, known, j);
                if (object < 0) {
                    return false;
                }
                j = object - 1;
                continue;
            }
            if (t.is(";") || t.has(Cues.DISTRACTOR) || SPEECH.contains(t)) {
                return false;
            }
            if (t.isNumber() && t.unit() != Token.Unit.PERCENT && ARTICLES.contains(tokens.get(j - 1))) {
                continue;
            }
            if (t.isNumber()) {
                boolean moneyBy = t.currency() != null && tokens.get(j - 1).is("by");
                boolean priced = isMove(t) && (t.unit() != Token.Unit.NONE || moneyBy) || pricedMove(tokens, j);
                return priced && (signedNear(tokens, from, j)
                        || RANKED.contains(tokens.get(from)) && t.unit() == Token.Unit.PERCENT);
            }
        }
        return false;
    }

    /** Where an instrument named at {@code i} as the object of a clause, not its subject, ends; -1 if none does. */
    private static int objectEnd(List<Token> tokens, List<Mention> known, int i) {
        for (Mention mention : known) {
            if (mention.first() == i) {
                return MentionFinder.asReferenceIfObject(tokens, mention).subject() ? -1 : mention.last();
            }
        }
        return -1;
    }

    /** Whether a bare number is a move by the price after it: "its share up 3.66 to QR18.43". */
    private static boolean pricedMove(List<Token> tokens, int number) {
        return number + 2 < tokens.size() && tokens.get(number).unit() == Token.Unit.NONE
                && tokens.get(number).currency() == null
                && (tokens.get(number + 1).is("to") || tokens.get(number + 1).is("at"))
                && tokens.get(number + 2).isNumber() && tokens.get(number + 2).currency() != null;
    }

    /**
     * Whether a run of capitalized words can name a company by itself: not a market ("Frankfurt", "South Korea"),
     * and, as the first word of a sentence, more than one word or written in capitals ("Shareholders" is no name).
     */
    private static boolean plausibleName(List<Token> tokens, int start, int end) {
        if (Markets.nameEnd(tokens, start) >= end || NOT_NAMES.contains(tokens.get(start))) {
            return false;
        }
        Token first = tokens.get(start);
        return start > 0 || end - start > 1 || first.isInCapitals()
                || end < tokens.size() && RANKED.contains(tokens.get(end));
    }

    /**
     * Whether a lone word opening a sentence names what a ranking of the day puts first or last: "Sky was among the
     * top gainers", "Sainsbury remains the big winner". A noun written there without an article is plural or names a
     * mass ("Stocks", "Trading", "Turnover"), so a word with the ending of one is left alone.
     */
    private static boolean rankedLoneName(List<Token> tokens, int start, int end) {
        Token first = tokens.get(start);
        String key = first.key();
        if (start > 0 || end != 1 || !first.isWord() || key.length() < 3
                || NOUN_ENDINGS.stream().anyMatch(key::endsWith) || first.has(Cues.DISTRACTOR)
                || first.has(Cues.LEVEL_TRIGGER) || Cues.sign(first) != 0
                || NOT_NAMES.contains(key) || Markets.nameEnd(tokens, start) >= end) {
            return false;
        }
        for (int j = end; j < Math.min(tokens.size(), end + CLAUSE_REACH) && !tokens.get(j).isNumber(); j++) {
            if (RANKED_NOUNS.contains(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word can start what is said of the name before it: a verb, an auxiliary, a comma. */
    private static boolean opensPredicate(Token t) {
        return t.is(",") || t.is("(") || Cues.sign(t) != 0 || AUXILIARIES.contains(t)
                || PREDICATES.contains(t)
                || t.isWord() && !t.isCapitalized() && t.key().endsWith("ed");
    }

    private static boolean signedNear(List<Token> tokens, int from, int number) {
        if (tokens.get(number).sign() != 0 || followedBySign(tokens, number)) {
            return true;
        }
        for (int j = from; j < number; j++) {
            if (Cues.sign(tokens.get(j)) != 0) {
                return true;
            }
        }
        return number + 1 < tokens.size() && Cues.sign(tokens.get(number + 1)) != 0;
    }

    /**
     * Whether a list item's move follows the name before {@code i}: "ICICI Bank (down 1.14 per cent)", "Tata Steel
     * (1.4%)", "Porsche (-1.72 percent to EUR 94.58)", "Maruti: -1.43 per cent".
     */
    private static boolean listedMove(List<Token> tokens, int i) {
        int j = i + 1;
        if (j < tokens.size() && Cues.sign(tokens.get(j)) != 0) {
            j++;
        }
        return j < tokens.size() && tokens.get(j).unit() == Token.Unit.PERCENT;
    }

    /** Whether a percentage follows {@code i}: a heading "Lululemon — Shares fell 2.3%" names what moved. */
    private static boolean hasMove(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).unit() == Token.Unit.PERCENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a move follows an aside at {@code comma}: "Kering, the owner of Gucci, slumped 6.1%", "Femsa, which said
     * it is raising prices, added 2.54%", "Cheung Kong Holding, a developer controlled by Li Ka-shing, increased 1.8%".
     */
    private static boolean appositiveMove(List<Token> tokens, int comma) {
        if (comma + 1 >= tokens.size() || !ASIDE_OPENERS.contains(tokens.get(comma + 1))
                || !tokens.get(comma + 1).is("the") && !plausibleName(tokens, run(tokens, comma), comma)) {
            return false;
        }
        for (int j = comma + 2; j < Math.min(tokens.size(), comma + 16); j++) {
            if (tokens.get(j).is(",")) {
                return j + 1 < tokens.size() && introducesMove(tokens, j + 1);
            }
        }
        return false;
    }

    /**
     * Whether a move or a closing price follows at {@code i}: "rose 2.9%", ", which rose 2.9%", ", up 8%", "4% lower",
     * "was down 5.95 points", "shed Rs 0.42", "0.8p higher", "closed at Rs 441.05".
     */
    private static boolean introducesMove(List<Token> tokens, int i) {
        int j = distributed(tokens, i) ? i + 1 + (tokens.get(i).is(",") ? 1 : 0) : i;
        if (tokens.get(j).is(",") && j + 1 < tokens.size()
                && (tokens.get(j + 1).is("which") || tokens.get(j + 1).is("up") || tokens.get(j + 1).is("down"))) {
            j += tokens.get(j + 1).is("which") ? 2 : 1;
        }
        while (j + 1 < tokens.size() && (AUXILIARIES.contains(tokens.get(j)) && !closesAtAPrice(tokens, j)
                || PHRASAL.contains(tokens.get(j)) && Cues.sign(tokens.get(j + 1)) != 0)) {
            j++;
        }
        if (j + 2 < tokens.size() && SEEING.contains(tokens.get(j))) {
            j++;
            while (j + 1 < tokens.size() && SEEN.contains(tokens.get(j))) {
                j++;
            }
        }
        if (j < tokens.size() && tokens.get(j).isNumber()) {
            return isMove(tokens.get(j)) && (tokens.get(j).unit() == Token.Unit.PERCENT || followedBySign(tokens, j)
                    || orPercentSigned(tokens, j + 1));
        }
        if (closesAtAPrice(tokens, j)) {
            return true;
        }
        if (j >= tokens.size() || Cues.sign(tokens.get(j)) == 0 && !tokens.get(j).is("was")
                && !tokens.get(j).is("were")) {
            return false;
        }
        for (int k = j + 1; k < Math.min(tokens.size(), j + 5); k++) {
            if (tokens.get(k).isNumber()) {
                return isMove(tokens.get(k)) || quotedMove(tokens, k);
            }
        }
        return false;
    }

    /**
     * Whether a move with its verb left out follows a name at {@code i} that a clause of its own introduces, after a
     * move with a verb earlier in the sentence: "Acme fell 4p to 120p and Foo Mining 2p to 80p", "..., and Bar by
     * 9.6 per cent to close at N2.15".
     */
    private static boolean gappedMove(List<Token> tokens, int i) {
        int start = run(tokens, i);
        if (start == 0 || start == i || i + 2 >= tokens.size() || !GAP_OPENERS.contains(tokens.get(start - 1))) {
            return false;
        }
        Token t = tokens.get(i);
        boolean priced = t.isNumber() && isMove(t) && t.unit() != Token.Unit.PERCENT
                && (tokens.get(i + 1).is("to") || tokens.get(i + 1).is("at")) && tokens.get(i + 2).isNumber();
        boolean byPercent = t.is("by") && tokens.get(i + 1).unit() == Token.Unit.PERCENT;
        if (!priced && !byPercent) {
            return false;
        }
        for (int j = start - 2; j >= 0 && !tokens.get(j).is(";"); j--) {
            if (Cues.sign(tokens.get(j)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMove(Token number) {
        return number.unit() == Token.Unit.PERCENT || number.unit() == Token.Unit.POINTS
                || number.unit() == Token.Unit.SUBUNIT || number.unit() == Token.Unit.NONE && number.currency() != null;
    }

    /** Whether the word at {@code j} closes at a price: "closed at Rs 441.05", "ended at $3.13". */
    private static boolean closesAtAPrice(List<Token> tokens, int j) {
        return j + 2 < tokens.size() && CLOSING.contains(tokens.get(j))
                && (tokens.get(j + 1).is("at") || tokens.get(j + 1).is("to")) && tokens.get(j + 2).isNumber()
                && tokens.get(j + 2).currency() != null;
    }

    /**
     * Whether a bare number is a price move by the price after it: "dropped 1 to 55 7/8", "fell 2 at 40", "fell 2 5/8,
     * to 155".
     */
    private static boolean quotedMove(List<Token> tokens, int number) {
        int to = number + 1 < tokens.size() && tokens.get(number + 1).is(",") ? number + 2 : number + 1;
        return to + 1 < tokens.size() && tokens.get(number).unit() == Token.Unit.NONE
                && (tokens.get(to).is("to") || tokens.get(to).is("at"))
                && tokens.get(to + 1).isNumber() && tokens.get(to + 1).unit() == Token.Unit.NONE;
    }

    /** Whether ", or 1.6 per cent up" follows at {@code i}: the percentage of a move and its sign. */
    private static boolean orPercentSigned(List<Token> tokens, int i) {
        int j = i < tokens.size() && tokens.get(i).is(",") ? i + 1 : i;
        return j + 1 < tokens.size() && tokens.get(j).is("or") && tokens.get(j + 1).unit() == Token.Unit.PERCENT
                && (tokens.get(j + 1).sign() != 0 || followedBySign(tokens, j + 1));
    }

    /**
     * Whether a capitalized word that may speak of the economy goes on into a name: "Credit Suisse", not "Consumer
     * Confidence".
     */
    private static boolean namedOn(List<Token> tokens, int i, int end) {
        Token next = i + 1 < end ? tokens.get(i + 1) : null;
        return tokens.get(i).isCapitalized() && next != null && next.isCapitalized() && next.isWord()
                && !next.has(Cues.DISTRACTOR) && Cues.sign(next) == 0;
    }

    /** A word written in lower case ("of" in "shares of Outlook"), which starts no name; "easyJet" does. */
    private static boolean isLowerCaseWord(Token t) {
        return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && !t.has(Cues.INNER_CAPITAL);
    }

    private static boolean followedBySign(List<Token> tokens, int number) {
        return number + 1 < tokens.size() && Cues.sign(tokens.get(number + 1)) != 0;
    }

    /** Whether a name is an index code: letters and a count of members, "KSE-100", "EGX30", "BIST 100". */
    private static boolean isIndexCode(List<Token> tokens, int start, int end) {
        if (end - start == 1) {
            String code = tokens.get(start).text();
            return INDEX_CODE.matcher(code).matches() && (code.contains("-") || memberCount(code) % 5 == 0);
        }
        Token last = tokens.get(end - 1);
        return end - start == 2 && isMemberCount(last) && tokens.get(start).isInCapitals();
    }

    private static int memberCount(String code) {
        int digits = code.length();
        while (digits > 0 && Character.isDigit(code.charAt(digits - 1))) {
            digits--;
        }
        return Integer.parseInt(code.substring(digits));
    }

    /** The index after a ticker in parentheses starting at {@code open} ("(NVDA)", "(NASDAQ:NVDA)"), or -1. */
    static int tickerEnd(List<Token> tokens, int open) {
        int i = open + 1;
        if (i + 2 < tokens.size() && tokens.get(i + 1).is(":")) {
            i += 2;
        }
        if (i + 1 < tokens.size() && TICKER.matcher(tokens.get(i).text()).matches() && tokens.get(i + 1).is(")")) {
            return i + 2;
        }
        return -1;
    }

    /** The ticker inside the parentheses at {@code open}. */
    static String ticker(List<Token> tokens, int open) {
        return tokens.get(tickerEnd(tokens, open) - 2).text();
    }

    /** Whether a word is a legal suffix of a company name ("Inc", "Corp", "AG"). */
    static boolean isLegalSuffix(Token token) {
        return SUFFIXES.contains(token);
    }

    /**
     * The start of the run of capitalized words that ends just before {@code end}, or before the count of members
     * written after such a run ("BGBX 40", "Russell 1000" before "(RUI)" or "(+2.9%)").
     */
    private static int countedRun(List<Token> tokens, int end) {
        if (end < 2 || !isMemberCount(tokens.get(end - 1)) || !tokens.get(end - 2).isCapitalized()
                || MONTHS.contains(tokens.get(end - 2))) {
            return run(tokens, end);
        }
        int start = run(tokens, end - 1);
        return start < end - 1 ? start : end;
    }

    /** Whether a number can be the count of an index's members: a whole number from 10 to 1,000, no unit. */
    private static boolean isMemberCount(Token t) {
        return t.isNumber() && t.unit() == Token.Unit.NONE && t.currency() == null && t.value() >= MIN_MEMBERS
                && t.value() <= MAX_MEMBERS && t.value() == Math.rint(t.value());
    }

    /** The start of the run of capitalized words that ends just before {@code end}, or {@code end} if none. */
    private static int run(List<Token> tokens, int end) {
        int start = end;
        while (start > 0 && isNameWord(tokens, start - 1, start == end)) {
            start--;
        }
        while (start < end && startsNoName(tokens, start, end)) {
            start++;
        }
        return start;
    }

    /**
     * Whether the word at {@code i} starts no name ("the", "shares", "Japanese"); "Bank Negara" keeps its "Bank", and
     * so does any such word that leads a name mid-sentence ("Global Unichip", "Hong Leong Bank", "China Sports").
     */
    private static boolean startsNoName(List<Token> tokens, int i, int end) {
        return (NOT_NAMES.contains(tokens.get(i)) || describes(tokens.get(i)))
                && !(tokens.get(i).is("bank") && i + 1 < end && tokens.get(i + 1).isCapitalized())
                && !leadsAName(tokens, i, end);
    }

    /**
     * Whether a capitalized word is the singular of a plural that starts no name, so a noun describing the name after
     * it: "Miner Fresnillo" as "miners" are no name.
     */
    private static boolean describes(Token t) {
        return t.isWord() && t.isCapitalized() && NOT_NAMES.contains(t.key() + "s");
    }

    /**
     * Whether a word that usually starts no name opens one here: written capitalized in mid-sentence (or at a
     * sentence's start when a legal suffix ends the name), not in capitals, no month or weekday, no article (a
     * company is named without the "The" it may be written with: "The Washington Post Co."), and followed
     * inside the name by a capitalized word that can name something by itself, the two together being no market's
     * name: "Global Unichip", "Oil Search", "T. Rowe Price"; a market's name leads one that goes on to a legal suffix
     * ("The New York Times Co.").
     */
    private static boolean leadsAName(List<Token> tokens, int i, int end) {
        Token t = tokens.get(i);
        if (i + 2 < end && t.isCapitalized() && tokens.get(i + 1).is("&") && tokens.get(i + 2).isCapitalized()) {
            return true;
        }
        boolean sentenceStart = i == 0 || tokens.get(i - 1).is(".") || tokens.get(i - 1).is(":");
        if (i + 1 >= end || !t.isCapitalized() || t.is("the")
                || sentenceStart && !SUFFIXES.contains(tokens.get(end - 1))
                || MONTHS.contains(t) || t.key().endsWith("day")
                || t.text().length() > 1 && t.isInCapitals()
                && !t.text().endsWith(".")) {
            return false;
        }
        int market = Markets.nameEnd(tokens, i);
        Token next = tokens.get(Math.max(i + 1, market));
        return next.isCapitalized() && next.isWord() && !NOT_NAMES.contains(next)
                && (market <= i + 1 || market < end - 1 && SUFFIXES.contains(tokens.get(end - 1)));
    }

    /**
     * Where a name starts after up to three lowercase words that describe it: "shares in budget airline Flybe"; a word
     * that could be a move ("firm") is a noun there when a describing word comes before it and the name after it.
     */
    private static int afterDescription(List<Token> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + 4); i++) {
            Token t = tokens.get(i);
            if (t.isCapitalized()) {
                return i;
            }
            boolean noun = i > from && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized();
            if (!t.isWord() || Cues.sign(t) != 0 && !noun || t.has(Cues.LEVEL_TRIGGER) || NOT_NAMES.contains(t)) {
                return from;
            }
        }
        return from;
    }

    private static int forwardRun(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && isNameWord(tokens, end, true)) {
            end++;
            if (tokens.get(end - 1).isPossessive()) {
                break;
            }
        }
        return end;
    }

    private static boolean isNameWord(List<Token> tokens, int i, boolean last) {
        Token t = tokens.get(i);
        if (t.is(".")) {
            return initialsEnd(tokens, i);
        }
        int hyphen = t.text().indexOf('-');
        if (hyphen > 0 && hyphen + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(hyphen + 1))
                && !INDEX_HEADS.contains(t.text().substring(hyphen + 1))) {
            return false;
        }
        if ((t.is("&") || t.is("+") && (i + 1 >= tokens.size() || !tokens.get(i + 1).isNumber())) && i > 0
                && tokens.get(i - 1).isCapitalized()) {
            return true;
        }
        if (INNER_WORDS.contains(t.text()) && i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).isCapitalized()
                && !tokens.get(i - 1).isPossessive() && tokens.get(i + 1).isCapitalized()) {
            return true;
        }
        if (t.is("of") && i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).is("bank")
                && tokens.get(i - 1).isCapitalized() && tokens.get(i + 1).isCapitalized()) {
            return true;
        }
        return t.isCapitalized() && (last || !t.isPossessive());
    }

    /** Whether a lone word opens a clause or tells a direction, as no name does: "Despite", "Up", "Down". */
    private static boolean clauseWord(Token word) {
        return word.has(Cues.CLAUSE_END) || Cues.sign(word) != 0;
    }

    private static void add(List<Mention> found, List<Mention> known, int a, int b, List<Token> tokens) {
        add(found, known, a, b, tokens, false);
    }

    /**
     * Adds the company named by the tokens between {@code a} and {@code b}; when {@code named} (after "shares of"),
     * words that start no name elsewhere stay in front of a word that can: "shares in Just Group", "U.S. Steel".
     */
    private static void add(List<Mention> found, List<Mention> known, int a, int b, List<Token> tokens,
            boolean named) {
        int start = Math.min(a, b);
        int end = Math.max(a, b);
        if (start >= end) {
            return;
        }
        if (partOfAnExchange(tokens, end)) {
            return;
        }
        boolean headed = INDEX_HEADS.contains(tokens.get(end - 1));
        boolean index = headed || isIndexCode(tokens, start, end);
        for (int i = start; i < end; i++) {
            boolean head = headed && i == end - 1;
            if (NOT_IN_NAMES.contains(tokens.get(i)) && !head
                    || (i == start || headed) && tokens.get(i).has(Cues.DISTRACTOR)
                    && (headed || !namedOn(tokens, i, end) && !(named && tokens.get(i).isCapitalized()))) {
                return;
            }
        }
        if (headed && !tokens.get(end - 1).isCapitalized()) {
            end--;
        }
        String key = tokens.get(start).key();
        if (start == 0 && end == 1 && (key.endsWith("ing") || key.endsWith("ed"))) {
            return;
        }
        boolean keepsLead = named && end - start > 1 && !NOT_NAMES.contains(tokens.get(end - 1));
        while (!keepsLead && start < end && startsNoName(tokens, start, end)) {
            start++;
        }
        while (start < end && isLowerCaseWord(tokens.get(start))) {
            start++;
        }
        while (start < end && (isLoneLetter(tokens, start, end) || tokens.get(start).text().contains(".")
                && tokens.get(start).isInCapitals()
                && !leadsAName(tokens, start, end) && !initialsOfName(tokens, start, end))) {
            start++;
        }
        if (start < end && Markets.nameEnd(tokens, start) >= end
                || end - start == 1 && clauseWord(tokens.get(start))) {
            return;
        }
        while (end > start && TRAILING.contains(tokens.get(end - 1))) {
            end--;
        }
        if (start >= end || end - start > NAME_WORDS) {
            return;
        }
        Mention mention = new Mention(new Instrument(name(tokens, start, end), null, index ? Kind.INDEX : Kind.STOCK),
                start, end, true, index ? "index by how news names one" : "company by how news names one");
        for (Mention other : known) {
            if (other.overlaps(mention)) {
                return;
            }
        }
        for (Mention other : found) {
            if (other.overlaps(mention)) {
                return;
            }
        }
        found.add(mention);
    }

    /**
     * Whether the full stop at {@code i} ends a name's initials, the name going on after it: "J. Sainsbury", "T. Rowe
     * Price", "J.P. Morgan"; not a country's abbreviation ("U.S. Steel" is named without it).
     */
    private static boolean initialsEnd(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i + 1).isCapitalized() || !tokens.get(i + 1).isWord()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return isInitials(before.text()) && !ABBREVIATIONS.contains(before);
    }

    /** Whether a word is a name's initials: capitals, one at a time, with full stops between ("J", "J.P", "W.A.G"). */
    private static boolean isInitials(String text) {
        if (text.isEmpty() || text.length() % 2 == 0) {
            return false;
        }
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (c % 2 == 0 ? ch < 'A' || ch > 'Z' : ch != '.') {
                return false;
            }
        }
        return true;
    }

    /** Whether the name goes on into an exchange's: "National" in "the National Stock Exchange". */
    private static boolean partOfAnExchange(List<Token> tokens, int end) {
        int next = end < tokens.size() && tokens.get(end).is("stock") ? end + 1 : end;
        return next < tokens.size() && tokens.get(next).isCapitalized()
                && (tokens.get(next).is("exchange") || tokens.get(next).is("bourse"));
    }

    /** Whether the dotted capitals at {@code start} are the initials a longer name opens with ("W.A.G Payment"). */
    private static boolean initialsOfName(List<Token> tokens, int start, int end) {
        Token t = tokens.get(start);
        int next = start + 1 < end && tokens.get(start + 1).is(".") ? start + 2 : start + 1;
        return next < end && tokens.get(next).isCapitalized() && isInitials(t.text())
                && !ABBREVIATIONS.contains(t) && Markets.nameEnd(tokens, start) <= start;
    }

    /** Whether a one-letter word starts no name: "A", "I", or a letter with no name after it ("N Brown" is one). */
    private static boolean isLoneLetter(List<Token> tokens, int start, int end) {
        String text = tokens.get(start).text();
        return text.length() == 1 && (text.equals("A") || text.equals("I") || start + 1 >= end);
    }

    /** The name the tokens between {@code start} and {@code end} give a company, without its legal suffixes. */
    static String name(List<Token> tokens, int start, int end) {
        int last = end;
        while (last > start + 1 && (SUFFIXES.contains(tokens.get(last - 1))
                || TRAILING.contains(tokens.get(last - 1)))) {
            last--;
        }
        StringBuilder name = new StringBuilder();
        for (int i = start; i < last; i++) {
            Token t = tokens.get(i);
            if (i > start && t.start() > tokens.get(i - 1).end()) {
                name.append(' ');
            }
            name.append(i == last - 1 ? t.bare() : t.text());
        }
        return name.toString();
    }
}
