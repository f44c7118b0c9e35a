package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.enrich.figure.domain.Token.Unit;
import java.util.ArrayList;
import java.util.List;

/** Reads the figures of one mention from the words that follow it, up to the next mention. */
final class SegmentReader {

    private static final WordSet STRONG_STOPS = WordSet.of("while", "whereas", "but", "meanwhile", "although",
            "though", "whilst", "yet");
    private static final WordSet RANKED = Vocabulary.words("names", "ranked");
    private static final WordSet TIMES_OF_DAY = Vocabulary.words("periods", "times-of-day");
    /** "opened 4.16 points lower at 1,531.57": a figure of the session's opening. */
    private static final WordSet OPENING_VERBS = Vocabulary.words("periods", "opening-verbs");
    /** Words before an opening verb that make it a noun: "at the open", "an opening gain". */
    private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "its", "their", "at");
    /** Words of an extreme reached within a session: "a high of", "a low of". */
    private static final WordSet REACHED_EXTREMES = Vocabulary.words("periods", "reached-extremes");
    private static final WordSet SUBORDINATES = WordSet.of("after", "because", "as", "amid", "despite",
            "when", "if", "once", "until", "unless");
    private static final WordSet KEEP_DISTRACTION = WordSet.of("which", "that", "up", "down", "or", "including");
    private static final WordSet ADVERBS = WordSet.of("earlier", "briefly", "initially", "first", "later", "also");
    private static final WordSet SAME_SUBJECT = WordSet.of("its", "it", "they", "the", "spot", "prices", "shares",
            "stock");

    /** Words that start a second predicate after a comma: "hit a record $156.10 in morning trade, closed down 1.4%". */
    private static final WordSet CLOSING_PREDICATE = WordSet.of("closed", "ended", "finished", "settled", "has",
            "have", "had");
    /** Words that start a second predicate after "and": "hit a record $94,002 and was last 1.2% higher". */
    private static final WordSet NEW_PREDICATE = WordSet.of("was", "is", "were", "are", "last", "then", "later",
            "traded", "trades", "settled", "ended", "closed", "finished", "has", "have", "had");

    /** Verbs of where a session went, which an "after" clause tells of the same instrument: "after moving between". */
    private static final WordSet SESSION_VERBS = Vocabulary.verbs("periods", "session-verbs");

    /** Verbs that tell where an instrument stands, before its move: "is up", "has gained". */
    private static final WordSet STANDING_VERBS = Vocabulary.words("moves", "standing-verbs");
    private static final WordSet HEDGES = Vocabulary.words("moves", "hedges");

    private static final WordSet REACHED = WordSet.of("hit", "hitting", "touched",
            "touching", "reached", "reaching");

    private static final int MAX_GAP = 10;
    /** How many words after "flat" a move may stand and still be the one that "flat" rounds off. */
    private static final int FLAT_REACH = 5;
    /** How many tokens after a level its move may start: "opened at 1,172.77 points on Thursday, up 0.44%". */
    private static final int MOVE_AFTER_LEVEL = 5;
    /** Currencies named after a number in brackets, whichever country's: "(0.68 dollar)". */
    private static final WordSet BRACKETED_CURRENCIES = Vocabulary.words("units", "bracketed-currencies");

    private final List<Token> tokens;
    private final Mention mention;
    private final int from;
    private final int end;
    private final List<FigureDraft> drafts = new ArrayList<>();
    private final SignReader signs;
    private FigureDraft current;
    private int lastNumber = -1;
    private int segmentStart;
    private final int listSign;

    private SegmentReader(List<Token> tokens, Mention mention, int from, int end, int listSign) {
        this.tokens = tokens;
        this.listSign = listSign;
        this.mention = mention;
        this.from = from;
        this.end = end;
        this.segmentStart = from;
        this.signs = new SignReader(tokens, from, end);
    }

    /**
     * The figures of {@code mention}, read from token {@code from} up to token {@code end}; an unsigned move of a list
     * of gainers or losers takes {@code listSign}.
     */
    static List<FigureDraft> read(List<Token> tokens, Mention mention, int from, int end, boolean distracted,
            int listSign) {
        SegmentReader reader = new SegmentReader(tokens, mention, from, end, listSign);
        reader.scan(distracted);
        return reader.drafts;
    }

    /** A move written before the name it is about: "a 6.8% drop in index heavyweight TSMC". */
    static List<FigureDraft> readBefore(List<Token> tokens, Mention mention, int floor) {
        SegmentReader reader = new SegmentReader(tokens, mention, floor, mention.first(), 0);
        for (int i = Math.max(floor, mention.first() - 7); i < mention.first(); i++) {
            if (tokens.get(i).unit() == Unit.PERCENT && NumberContext.belongsElsewhere(tokens, i, mention.first())) {
                reader.move(i, 0);
            }
        }
        return reader.drafts;
    }

    private void scan(boolean initiallyDistracted) {
        boolean distracted = initiallyDistracted;
        boolean distractedAside = false;
        for (int i = from; i < end; i++) {
            Token t = tokens.get(i);
            if (t.is(";") || STRONG_STOPS.contains(t) && !continuesSubject(i + 1)
                    || lastNumber >= 0 && (t.is(",") || t.is("and")) && NewSubjects.startsAt(tokens, i + 1, end)) {
                return;
            }
            if (t.isWord()) {
                distracted = distraction(i, distracted);
                if (!distracted) {
                    flat(i);
                }
            } else if (t.is(",") && i + 1 < end && tokens.get(i + 1).is("which") && relativeOfAnother(i)) {
                distracted = true;
            } else if (t.is(",") && distractedAside) {
                distractedAside = false;
            } else if (t.is(",") && (i + 1 >= end || !KEEP_DISTRACTION.contains(tokens.get(i + 1)))) {
                distracted = false;
            } else if (t.is(",") && distracted && tokens.get(i + 1).is("including")) {
                distractedAside = true;
            } else if (t.isNumber() && !distracted && t.unit() != Unit.AMOUNT) {
                number(i);
            }
        }
    }

    /** Whether the ", which" at {@code comma} opens a clause about a noun of its own: "led by miners, which jumped". */
    private boolean relativeOfAnother(int comma) {
        Token noun = tokens.get(comma - 1);
        return comma - 1 >= mention.last() && noun.isWord() && !noun.isCapitalized() && !noun.is("it")
                && !noun.is("index") && !noun.is("shares") && !noun.is("stock");
    }

    private boolean distraction(int i, boolean distracted) {
        Token t = tokens.get(i);
        if (namesTheFund(i) || i + 1 < end && NumberContext.pricedFor(tokens, i + 1)
                || CurrencyWorth.rateAt(tokens, mention, i)) {
            return distracted;
        }
        if (t.has(Cues.DISTRACTOR) || t.text().equals("may")
                || SUBORDINATES.contains(t) && !sameSubjectClause(i)) {
            return true;
        }
        boolean afterDistractor = false;
        for (int j = Math.max(from, i - 3); j < i; j++) {
            afterDistractor |= tokens.get(j).has(Cues.DISTRACTOR) || tokens.get(j).is("price");
        }
        if (t.has(Cues.RESET) && !afterDistractor && !ForecastTargets.objectOfDistractor(tokens, i)
                || STRONG_STOPS.contains(t)) {
            return false;
        }
        return distracted;
    }

    /**
     * Whether a subordinate word at {@code i} still speaks of the mention: "as much as", "after sliding 2%", "after a
     * decline of 489.56 points".
     */
    private boolean sameSubjectClause(int i) {
        Token next = i + 1 < end ? tokens.get(i + 1) : null;
        if (tokens.get(i).is("as") && (next != null && isAsPhrase(next) || i > 0 && isAsPhrase(tokens.get(i - 1)))) {
            return true;
        }
        int j = i + 1;
        while (j < end && ADVERBS.contains(tokens.get(j))) {
            j++;
        }
        Token verb = j < end ? tokens.get(j) : null;
        // a move noun with its number after it or before it: "after a fall of 2%", "after a 3.5-point rise"
        boolean moveNoun = verb != null && (verb.is("a") || verb.is("an")) && j + 2 < end
                && (Cues.sign(tokens.get(j + 1)) != 0 && tokens.get(j + 2).is("of")
                || tokens.get(j + 1).isNumber() && tokens.get(j + 1).unit() != Unit.NONE
                && tokens.get(j + 1).unit() != Unit.AMOUNT && Cues.sign(tokens.get(j + 2)) != 0);
        return moveNoun || verb != null && verb.key().endsWith("ing") && (Cues.sign(verb) != 0
                || verb.has(Cues.LEVEL_TRIGGER) || verb.has(Cues.CONTINUATION) || SESSION_VERBS.contains(verb));
    }

    private static boolean isAsPhrase(Token next) {
        return next.is("much") || next.is("many") || next.is("high") || next.is("low") || next.is("well")
                || next.is("of");
    }

    private boolean continuesSubject(int next) {
        if (next >= end) {
            return false;
        }
        Token t = tokens.get(next);
        if (t.has(Cues.CONTINUATION) || Cues.sign(t) != 0 || SAME_SUBJECT.contains(t)
                && (t.is("its") || t.is("it") || t.is("they")
                || next + 1 < end && SAME_SUBJECT.contains(tokens.get(next + 1)))) {
            return true;
        }
        return t.is(",") && next + 1 < end && (tokens.get(next + 1).has(Cues.CONTINUATION)
                || Cues.sign(tokens.get(next + 1)) != 0);
    }

    private void flat(int i) {
        Token t = tokens.get(i);
        boolean hedged = i > 0 && Cues.FLAT_WITHOUT_NUMBER.contains(tokens.get(i - 1));
        boolean zero = t.has(Cues.FLAT_WORD) && !hedged;
        boolean noNumber = (t.is("changed") || t.has(Cues.FLAT_WORD)) && hedged;
        if ((zero || noNumber) && !BreadthCounts.countedUnmoved(tokens, mention.last(), i)) {
            FigureDraft draft = draftFor("move", i);
            draft.flat = true;
            draft.changePercent = zero ? Double.valueOf(0.0) : null;
            draft.extendTo(t.end());
            lastNumber = i;
        }
    }

    private void number(int i) {
        Token t = tokens.get(i);
        if (convertsTheNumberBefore(i)) {
            return;
        }
        if (t.unit() == Unit.NONE && t.currency() == null && isDuration(i)
                || NumberContext.rangeWidth(tokens, i, end)) {
            return;
        }
        if (t.unit() == Unit.NONE && t.currency() == null && orPercentAfter(i)) {
            move(i, 0);
            return;
        }
        if (t.unit() == Unit.NONE && t.currency() == null && i > from && Cues.sign(tokens.get(i - 1)) != 0
                && i + 2 < end && (tokens.get(i + 1).is("to") || tokens.get(i + 1).is("at"))
                && tokens.get(i + 2).isNumber()) {
            move(i, 0);
            return;
        }
        if (t.sign() != 0 && t.unit() == Unit.NONE && t.currency() == null && i >= 2
                && (tokens.get(i - 1).is("(") || tokens.get(i - 1).is(","))
                && tokens.get(i - 2).isNumber() && tokens.get(i - 2).unit() == Unit.NONE) {
            move(i, t.sign());
            return;
        }
        Period earlier = SessionLevels.of(tokens, i, segmentStart);
        boolean pointsLevel = t.unit() == Unit.POINTS && (earlier == Period.PRIOR_SESSION
                || earlier == Period.INTRADAY && (tokens.get(i - 1).is("and") || extremeOf(i))
                || (tokens.get(i - 1).is("at") || tokens.get(i - 1).is("of")) && !movedBefore(i))
                && !(i + 2 < end && tokens.get(i + 1).is(",") && Cues.sign(tokens.get(i + 2)) != 0);
        boolean plainLevel = t.unit() == Unit.NONE && (NumberContext.looksLikeLevel(t)
                || earlier == Period.INTRADAY && SessionLevels.rangeEnd(tokens, i));
        if (earlier != null && (isMoney(t) || plainLevel || pointsLevel
                || t.unit() == Unit.PERCENT && mention.instrument().kind() == Kind.YIELD)
                && !NumberContext.isYear(tokens, i)) {
            sessionLevel(i, (earlier == Period.PRIOR_SESSION || earlier == Period.INTRADAY)
                    && SessionLevels.furtherBack(tokens, i, end) ? Period.OTHER : earlier);
            return;
        }
        NumberContext before = CurrencyWorth.rateBefore(tokens, mention, i) ? NumberContext.TRIGGER
                : NumberContext.before(tokens, i, segmentStart);
        int runningTotal = t.unit() == Unit.PERCENT && before == NumberContext.TRIGGER
                ? NumberContext.runningTotalSign(tokens, i, segmentStart) : 0;
        boolean directed = i + 1 < end && signs.forwardSign(i) != 0 && tokens.get(i + 1).isWord();
        boolean gappedMoney = isMoney(t) && i == mention.last() && listSign != 0
                && Conjunctions.levelAfter(tokens, i + 1);
        if (isMoney(t) && (before != NumberContext.TRIGGER || directed)
                && (gappedMoney || NumberContext.moneyMove(tokens, i, segmentStart, end))) {
            move(i, 0);
        } else if (t.unit() == Unit.PERCENT && mention.instrument().kind() == Kind.YIELD
                && (before == NumberContext.TRIGGER || before == NumberContext.ADJACENT
                || before == NumberContext.NONE && sign(i) == 0 || tokens.get(i - 1).is("around")
                || tokens.get(i - 1).is("near"))) {
            level(i, null);
        } else if (runningTotal != 0) {
            move(i, runningTotal);
        } else if (t.unit() == Unit.PERCENT || t.unit() == Unit.BASIS_POINTS || t.unit() == Unit.POINTS
                && (before != NumberContext.TRIGGER || signs.forwardSign(i) != 0 && !commaAfter(i))) {
            boolean levelLike = t.unit() == Unit.PERCENT && before == NumberContext.TRIGGER
                    && signs.forwardSign(i) == 0 && t.sign() == 0 && !afterRanking(i);
            if (before != NumberContext.THRESHOLD && !levelLike && !NumberContext.thresholdAfter(tokens, i, end)
                    && !NumberContext.belongsElsewhere(tokens, i, end) && !NumberContext.gapToAMark(tokens, i, end)) {
                move(i, 0);
            }
        } else if (before != NumberContext.THRESHOLD && !NumberContext.thresholdAfter(tokens, i, end)
                && !NumberContext.isYear(tokens, i) && !countsWhatMoved(i)
                && (before == NumberContext.TRIGGER || before == NumberContext.ADJACENT
                && NumberContext.looksLikeLevel(t))) {
            level(i, t.currency());
        }
    }

    /**
     * Whether a comma ends the number, other than before "or" and its percentage: "closed at 2,661.09 points, down
     * 0.76%" takes no sign past it, "finished 27.87 points, or 1.80 percent, higher" does.
     */
    private boolean commaAfter(int i) {
        return i + 2 < end && tokens.get(i + 1).is(",") && !tokens.get(i + 2).is("or");
    }

    /** Whether the word at {@code i} is the noun of the fund the mention names: "the SPDR ... (XLY) fund gained". */
    private boolean namesTheFund(int i) {
        Token t = tokens.get(i);
        return mention.instrument().kind() == Kind.OTHER && i - mention.last() <= 2
                && (t.is("fund") || t.is("etf") || t.key().endsWith("-traded"));
    }

    /** Whether the number follows a ranking and "at": "the biggest loser at 4.9%" is a move, not a level. */
    private boolean afterRanking(int i) {
        return i >= 2 && tokens.get(i - 1).is("at") && RANKED.contains(tokens.get(i - 2));
    }

    /** Whether a move ("1.04%", "20 points") is written after the name and before token {@code i}. */
    private boolean movedBefore(int i) {
        for (int j = from; j < i; j++) {
            Unit unit = tokens.get(j).unit();
            if (unit == Unit.PERCENT || unit == Unit.POINTS && !pointsLevel(j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the number of points at {@code j} is a level: "a high of 31,809.70 points", "at 24,050 points". */
    private boolean pointsLevel(int j) {
        return j > from && (tokens.get(j - 1).is("of") || tokens.get(j - 1).is("at"));
    }

    /** Whether a bare number counts time: "a new 13 month low", "in 3 sessions". */
    private boolean isDuration(int i) {
        if (i + 1 >= end || !tokens.get(i + 1).isWord()) {
            return false;
        }
        String unit = tokens.get(i + 1).key();
        return NumberContext.TIME_SPANS.contains(unit.startsWith("-") ? unit.substring(1) : unit);
    }

    /** Whether a bare number is followed by ", or" and a percentage: "settled 98.3, or 1.9 per cent, lower". */
    private boolean orPercentAfter(int i) {
        return i + 3 < end && tokens.get(i + 1).is(",") && tokens.get(i + 2).is("or")
                && tokens.get(i + 3).isNumber() && tokens.get(i + 3).unit() == Unit.PERCENT;
    }

    /** Whether a bare number counts what moved: "520 advanced", "17 fell". */
    private boolean countsWhatMoved(int i) {
        Token t = tokens.get(i);
        Token next = i + 1 < end ? tokens.get(i + 1) : null;
        return t.currency() == null && next != null && Cues.sign(next) != 0 && next.key().endsWith("ed");
    }

    /**
     * Whether the amount at {@code i} opens brackets right after another amount, which it gives in another currency:
     * "closed at LE1.16 ($0.16)", "gained VND1,250 (5.4 cents)", "2.48 dirhams (0.68 dollar)"; not a price after a
     * move ("+4.2% ($128.40)").
     */
    private boolean convertsTheNumberBefore(int i) {
        if (i < from + 2 || !tokens.get(i - 1).is("(") || !amount(i)) {
            return false;
        }
        return amount(i - 2) || tokens.get(i - 2).isWord() && i - 3 >= from && amount(i - 3);
    }

    /**
     * Whether the number at {@code k} is an amount of money: with its currency, or before a word of a currency the
     * tokenizer gives no code ("0.68 dollar").
     */
    private boolean amount(int k) {
        Token t = tokens.get(k);
        return t.isNumber() && (isMoney(t) || k + 1 < end && BRACKETED_CURRENCIES.contains(tokens.get(k + 1).key()));
    }

    /** Whether a number is an amount of money: a price written with its currency, or in cents or pence. */
    private static boolean isMoney(Token t) {
        return t.unit() == Unit.SUBUNIT || t.unit() == Unit.NONE && t.currency() != null;
    }

    private int sign(int i) {
        return signs.sign(i, current == null ? 0 : current.sign());
    }

    /** A move at {@code i}, signed by {@code knownSign} when not 0, else by what is written around it. */
    private void move(int i, int knownSign) {
        Token t = tokens.get(i);
        int sign = knownSign != 0 ? knownSign : t.sign() != 0 ? t.sign() : sign(i);
        if (sign == 0 && i == mention.last()) {
            sign = verbBeforeMention();
        }
        if (sign == 0) {
            sign = ListSigns.before(tokens, i, listSign);
        }
        if (sign == 0) {
            sign = bracketedInAList(i);
        }
        if (sign == 0 && t.value() != 0) {
            return;
        }
        String field = t.unit() == Unit.PERCENT ? "percent" : t.unit() == Unit.BASIS_POINTS ? "bp" : "points";
        if (t.value() != 0 && flatJustBefore(i)) {
            current.flat = false;
            current.changePercent = null;
        }
        FigureDraft draft = draftFor(field, i);
        double value = sign * Money.amount(t);
        draft.cue("move", t.text() + (t.unit() == Unit.PERCENT ? "%" : t.unit() == Unit.BASIS_POINTS ? " bp"
                : t.unit() == Unit.POINTS ? " points" : ""), field);
        draft.cue("sign", signs.lastCue() != null && knownSign == 0 && t.sign() == 0 ? signs.lastCue() : t.text(),
                knownSign != 0 ? "a running total" : t.sign() != 0 ? "sign written with the number"
                : signs.lastCue() != null ? "movement word" : "the verb or list it shares");
        switch (field) {
            case "percent" -> draft.changePercent = value;
            case "bp" -> draft.changeBp = value;
            default -> draft.changePoints = value;
        }
        finish(draft, i, false);
    }

    /**
     * The sign of the movement word a list of names with their moves in brackets follows, for the bracketed number
     * right after the mention: "rose, led by Tencent (2.1%) and Alibaba (1.4%)", "on losses in CCNN (2.1%)"; 0 past a
     * clause's stop, "against" (its names are what the move is measured on) or "except" (they moved the other way).
     */
    private int bracketedInAList(int i) {
        if (i != mention.last() + 1 || !tokens.get(mention.last()).is("(")) {
            return 0;
        }
        for (int j = mention.first() - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.is(";") || t.is("against") || t.is("except") || STRONG_STOPS.contains(t)) {
                return 0;
            }
            if (!t.isNumber() && Cues.sign(t) != 0) {
                return Cues.sign(t);
            }
        }
        return 0;
    }

    /**
     * The sign of a verb just before the mention, for a number right after it ("lifted the Nasdaq 2%"), also across
     * a conjunction: "lifted the Nasdaq 2% and the S&P 500 1%".
     */
    private int verbBeforeMention() {
        int j = skipArticles(mention.first() - 1);
        if (j >= 1 && tokens.get(j).is("and") && tokens.get(j - 1).unit() == Unit.PERCENT) {
            for (int k = j - 2; k >= Math.max(0, j - 10); k--) {
                Token t = tokens.get(k);
                if (t.isNumber() || t.is(",") || t.has(Cues.CLAUSE_END)) {
                    return 0;
                }
                if (Cues.sign(t) != 0) {
                    int object = k + 1;
                    while (object < j && (tokens.get(object).is("the") || tokens.get(object).is("a"))) {
                        object++;
                    }
                    return tokens.get(object).isCapitalized() ? Cues.sign(t) : 0;
                }
            }
            return 0;
        }
        return j >= 0 ? Cues.sign(tokens.get(j)) : 0;
    }

    private int skipArticles(int from) {
        int j = from;
        while (j >= 0 && (tokens.get(j).is("the") || tokens.get(j).is("a"))) {
            j--;
        }
        return j;
    }

    /** A new figure of the mention, with the cue of its subject. */
    private FigureDraft newDraft() {
        FigureDraft draft = new FigureDraft(mention.instrument(), tokens.get(mention.first()).start(),
                tokens.get(mention.last() - 1).end());
        StringBuilder name = new StringBuilder();
        for (int j = mention.first(); j < mention.last(); j++) {
            name.append(j > mention.first() ? " " : "").append(tokens.get(j).text());
        }
        draft.cue("subject", name.toString(), mention.via());
        return draft;
    }

    /**
     * A level of another moment than the latest close, a figure of its own beside the one being read; a high or low
     * a longer span or the previous session follows is of that one: "reached a high of 172,583 during the week",
     * "as high as $1.3169 yesterday".
     */
    private void sessionLevel(int i, Period period) {
        Token t = tokens.get(i);
        Period span = period == Period.INTRADAY ? Periods.around(tokens, i, i, end).period() : null;
        boolean reachedByTheMove = period == Period.INTRADAY && extremeOf(i) && reachedByTheMove(i);
        FigureDraft draft = reachedByTheMove ? current : newDraft();
        draft.cue("level", t.text(), reachedByTheMove ? "the extreme the move went to" : "a level of another moment");
        boolean quoted = mention.instrument().kind() == Kind.FX;
        draft.level = Money.price(t);
        draft.levelInHundredths = Money.inHundredths(t);
        draft.currency = quoted ? null : Money.currency(t, null);
        draft.period = Periods.isSpan(span) || span == Period.PRIOR_SESSION ? span : period;
        draft.cue("period", draft.period.name().toLowerCase(java.util.Locale.ROOT), "words before the level");
        draft.sessionExtreme = period == Period.INTRADAY;
        draft.include(t);
        Period measured = period == Period.OTHER ? SpanComparisons.measuredFrom(tokens, i, segmentStart, end) : null;
        if (measured != null && current != null && current != draft
                && (current.hasMove() || current.level != null) && current.period == null) {
            current.period = measured;
            current.cue("period", measured.name().toLowerCase(java.util.Locale.ROOT),
                    "a move from an earlier span's close");
        }
        if (!reachedByTheMove) {
            drafts.add(draft);
        }
        lastNumber = i;
        if (current == null && period == Period.INTRADAY && movedRightAfter(i)) {
            current = draft;
        }
    }

    /**
     * Whether the extreme at {@code i} is where the move just read went, "to" it in the same clause: "plunged 20% to a
     * low of $12,504", "fell 3% on Thursday to an intraday low of 153.60". The move and its extreme are one figure.
     */
    private boolean reachedByTheMove(int i) {
        if (current == null || !current.hasMove() || current.level != null || current.period != null
                || current.offSession || lastNumber < 0) {
            return false;
        }
        boolean to = false;
        for (int j = lastNumber + 1; j < i; j++) {
            Token w = tokens.get(j);
            if (w.isNumber() || w.has(Cues.CLAUSE_END) || w.is("and") || w.is(";")
                    || w.is(",") && !tokens.get(j + 1).is("to")) {
                return false;
            }
            to |= w.is("to");
        }
        return to;
    }

    /**
     * Whether a move of the level at {@code i} follows it, after a comma and its direction: "opened at 2,644.17, down
     * 0.98%", "opened at 1,172.77 points on Thursday, up 0.44%". The move is the level's, which starts the clause.
     */
    private boolean movedRightAfter(int i) {
        for (int j = i + 1; j + 2 < end && j <= i + MOVE_AFTER_LEVEL; j++) {
            Token t = tokens.get(j);
            if (t.isNumber() || t.has(Cues.CLAUSE_END)) {
                return false;
            }
            if (t.is(",")) {
                Token next = tokens.get(j + 1);
                return Cues.sign(next) != 0 && tokens.get(j + 2).isNumber() && tokens.get(j + 2).unit() != Unit.NONE;
            }
        }
        return false;
    }

    private void level(int i, String currency) {
        FigureDraft draft = draftFor("level", i);
        Token t = tokens.get(i);
        boolean quoted = mention.instrument().kind() == Kind.FX;
        draft.level = Money.price(t);
        draft.levelInHundredths = Money.inHundredths(t);
        draft.currency = quoted ? null : Money.currency(t, currency);
        draft.cue("level", t.text(), levelRule(i));
        finish(draft, i, true);
        if (draft.period == null && (reachedThenLeft(i) || reachedBeforeTheLatest(i, draft))) {
            draft.period = Period.INTRADAY;
        }
    }

    /** Whether the number at {@code i} is the extreme an "of" names: "a day high of 18,778.44 points". */
    private boolean extremeOf(int i) {
        return i >= 2 && tokens.get(i - 1).is("of") && REACHED_EXTREMES.contains(tokens.get(i - 2));
    }

    /** Why the number at {@code i} is a level: the word before it that says so, or its place after the name. */
    private String levelRule(int i) {
        for (int j = i - 1; j >= Math.max(segmentStart, i - 6); j--) {
            if (tokens.get(j).has(Cues.LEVEL_TRIGGER)) {
                return "after '" + tokens.get(j).text() + "'";
            }
        }
        return "written next to the name";
    }

    /**
     * Whether the level at {@code i} was touched and then left in the same session: "hit a record $94,002 and was
     * last 1.2% higher", "touched 4.50% before easing to 4.47%".
     */
    private boolean reachedThenLeft(int i) {
        boolean reached = false;
        for (int j = Math.max(from, i - 6); j < i; j++) {
            reached |= REACHED.contains(tokens.get(j));
        }
        for (int j = i + 1; reached && j < Math.min(tokens.size(), i + 14); j++) {
            Token t = tokens.get(j);
            Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
            if (t.is("before") && next != null && next.key().endsWith("ing") || t.is("pared") || t.is("paring")
                    || t.is("and") && next != null && (next.is("was") || next.is("is")) && j + 2 < tokens.size()
                    && tokens.get(j + 2).is("last")) {
                return true;
            }
        }
        return false;
    }

    private void finish(FigureDraft draft, int i, boolean level) {
        draft.include(tokens.get(i));
        if (draft.day == null) {
            draft.day = SessionDays.after(tokens, i, end);
        }
        if (draft.day == null) {
            draft.day = SessionDays.onBefore(tokens, i, segmentStart);
        }
        if (draft.date == CalendarDates.NONE) {
            draft.date = CalendarDates.after(tokens, i, end);
        }
        if (draft.period == null) {
            Periods.Reading around = Periods.around(tokens, i, segmentStart, end);
            draft.period = around.period() != null || around.early() ? around.period()
                    : earlierSession(i, draft, level);
            draft.early = around.early();
            draft.yesterday = Periods.ofYesterday(around);
            if (draft.period != null) {
                draft.cue("period", around.phrase() != null ? around.phrase() : "an earlier session's move",
                        draft.period.name().toLowerCase(java.util.Locale.ROOT));
            }
            draft.offSession = around.offSession();
            if (draft.period == null && !draft.offSession) {
                clockTime(draft, i);
            }
            if (draft.period == null && !draft.offSession && !draft.early && opened(i)) {
                draft.early = true;
                draft.cue("period", tokens.get(i).text(), "the session's opening");
            }
            draft.recalled = around.recalled();
            draft.samePeriodAsPrevious = draft.period == null && Periods.samePeriodAs(tokens, i, end);
            draft.standing = draft.period == null && tokens.get(i).unit() == Unit.PERCENT
                    && (standing(i) || draft.day == null && Periods.toldAsANoun(tokens, i, end));
        }
        if (draft.qualifier == null) {
            draft.qualifier = signs.qualifier(i);
        }
        segmentStart = i + 1;
        lastNumber = i;
    }

    /**
     * Whether the number at {@code i} is told by an opening verb of its clause, with no closing verb, comma or "and"
     * between: "opened 4.16 points lower at 1,531.57", "opened stronger by 8 paise at 83.08"; not by the noun ("fell
     * 0.4% at the open", "an opening gain of 1.3%").
     */
    private boolean opened(int i) {
        for (int j = i - 1; j >= Math.max(from, i - 8); j--) {
            Token t = tokens.get(j);
            if (OPENING_VERBS.contains(t)) {
                return j == 0 || !DETERMINERS.contains(tokens.get(j - 1));
            }
            if (t.is(",") || t.is(";") || t.is("and") || Cues.CLOSING_VERBS.contains(t) || t.has(Cues.CLAUSE_END)) {
                return false;
            }
        }
        return false;
    }

    /** Marks a figure an hour of the session when its clause tells a clock time: "fell to 26,376 at 17:50". */
    private void clockTime(FigureDraft draft, int i) {
        int clock = ClockTimes.after(tokens, i, end);
        if (clock != ClockTimes.NONE) {
            draft.early = true;
            draft.clock = clock;
            draft.cue("period", tokens.get(i).text(), "a clock time of the session");
        }
    }

    /** Whether the move at {@code i} tells where the instrument stands: "is up 34.4%", "has gained about 12%". */
    private boolean standing(int i) {
        int j = i - 1;
        while (j > from && (HEDGES.contains(tokens.get(j)) || tokens.get(j).is("by"))) {
            j--;
        }
        if (j <= from || Cues.sign(tokens.get(j)) == 0) {
            return false;
        }
        int verb = tokens.get(j - 1).is("now") && j - 1 > from ? j - 2 : j - 1;
        return STANDING_VERBS.contains(tokens.get(verb));
    }

    /**
     * The prior session for a move told as earlier than the latest one: a close in the past perfect ("had closed down
     * 23.7 points"), a move in the past perfect dated to a day ("had already fallen 5.8% on Monday"), and "after
     * losing 2.1% on Monday" when the mention also has a latest move (alone, "after losing" tells the session
     * reported); a {@code level} reached "after" is the session's own ({@link #reachedBeforeTheLatest}). A move in the
     * past perfect with no day tells where the session had got by some time ("the euro had firmed 0.22%").
     */
    private Period earlierSession(int i, FigureDraft draft, boolean level) {
        if (closedEarlier(i)) {
            return Period.PRIOR_SESSION;
        }
        for (int j = i - 1; j >= Math.max(from + 1, i - 3); j--) {
            Token verb = tokens.get(j);
            Token before = tokens.get(j - 1);
            boolean pastPerfect = (before.is("had") || before.is("already") && j >= 2 && tokens.get(j - 2).is("had"))
                    && draft.day != null && !byATime(j);
            boolean afterMove = !level && before.is("after") && verb.key().endsWith("ing") && hasLatestMove(draft);
            if (Cues.sign(verb) != 0 && (pastPerfect || afterMove)) {
                return Period.PRIOR_SESSION;
            }
        }
        return null;
    }

    /**
     * Whether the number follows a close told in the past perfect: "the rupee had ended 11 paise higher at 60.11", "the
     * index had closed down 23.7 points", "had closed the midweek at 5,001.06".
     */
    private boolean closedEarlier(int i) {
        for (int j = i - 1; j > Math.max(from, i - 5); j--) {
            Token t = tokens.get(j);
            if (t.isNumber() || t.is(",") || t.has(Cues.CLAUSE_END)) {
                return false;
            }
            if (Cues.CLOSING_VERBS.contains(t) && tokens.get(j - 1).is("had")) {
                return !byATime(j);
            }
        }
        return false;
    }

    /**
     * Whether the level at {@code i} was reached in the session before the latest figure told with it: "fell $2 to
     * $58.25, after hitting a new low of $57.50", "fell to 2.20%, after climbing to 2.27%"; not one dated "on" a day.
     */
    private boolean reachedBeforeTheLatest(int i, FigureDraft draft) {
        if (i + 1 < end && tokens.get(i + 1).is("on")) {
            return false;
        }
        for (int j = i - 1; j > Math.max(from, i - 7); j--) {
            Token verb = tokens.get(j);
            if (verb.isNumber() || verb.has(Cues.CLAUSE_END)) {
                return false;
            }
            int k = j - 1;
            while (k > from && ADVERBS.contains(tokens.get(k))) {
                k--;
            }
            if (verb.key().endsWith("ing") && (REACHED.contains(verb) || Cues.sign(verb) != 0)
                    && tokens.get(k).is("after")) {
                return drafts.stream().anyMatch(other -> other != draft && other.period == null
                        && !other.isEmpty());
            }
        }
        return false;
    }

    /** Whether the clause tells the time it speaks of ("By midday", "Within 30 minutes", "At 5.20pm", "Earlier"). */
    private boolean byATime(int verb) {
        for (int j = 0; j < verb; j++) {
            Token t = tokens.get(j);
            if (Periods.tellsAnEarlyHour(t) || (t.is("by") || t.is("within") || t.is("at")) && j + 1 < verb
                    && (tokens.get(j + 1).isNumber() || TIMES_OF_DAY.contains(tokens.get(j + 1)))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasLatestMove(FigureDraft draft) {
        return drafts.stream().anyMatch(other -> other != draft && other.period == null && other.hasMove());
    }

    /**
     * Whether the move at {@code i} is over a longer span than the session of the figure being read, told by a verb or
     * "and" of its own: "added 26 points to 1,577, losing 40% on the year", "rose 1% to 5,102 and 12% this year"; or a
     * year's move set after a level by a comma, "to close at 4,064.90 points, a YTD return of 1.18%": the close is the
     * session's, where a week's report ends its week's move at its close.
     */
    private boolean spanOfItsOwn(int i) {
        if (current == null || current.period != null || lastNumber < 0) {
            return false;
        }
        Period span = Periods.around(tokens, i, segmentStart, end).period();
        if (span == null || span == Period.INTRADAY || span == Period.PRIOR_SESSION) {
            return false;
        }
        boolean yearAfterLevel = current.level != null && (span == Period.YTD || span == Period.YEAR);
        for (int j = lastNumber + 1; j < i; j++) {
            if (tokens.get(j).is("and") || Cues.sign(tokens.get(j)) != 0 || yearAfterLevel && tokens.get(j).is(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the current draft is a flat session whose move follows the word "flat" with only a comma, a movement
     * word or a hedge between: "opened flat, down just 0.06%", "closed almost flat, adding 0.02%", "was flat, down
     * seven cents" tell the move, not a zero.
     */
    private boolean flatJustBefore(int i) {
        if (current == null || !current.flat || current.changePoints != null || current.changeBp != null
                || i - lastNumber > FLAT_REACH) {
            return false;
        }
        for (int j = lastNumber + 1; j < i; j++) {
            Token t = tokens.get(j);
            if (!(t.is(",") || t.is("(") || t.is("by") || Cues.sign(t) != 0 || HEDGES.contains(t))) {
                return false;
            }
        }
        return true;
    }

    /** The draft a number of {@code field} at {@code i} belongs to: the current one, unless it cannot take it. */
    private FigureDraft draftFor(String field, int i) {
        boolean taken = current == null || switch (field) {
            case "percent" -> current.changePercent != null || current.flat;
            case "bp" -> current.changeBp != null;
            case "points" -> current.changePoints != null;
            case "level" -> current.level != null;
            default -> current.hasMove();
        } || newClauseSinceLastNumber(i) || lastNumber >= 0 && i - lastNumber > MAX_GAP
                || !field.equals("level") && spanOfItsOwn(i);
        if (taken) {
            current = newDraft();
            drafts.add(current);
        }
        return current;
    }

    private boolean newClauseSinceLastNumber(int i) {
        for (int j = lastNumber + 1; lastNumber >= 0 && j < i; j++) {
            if (tokens.get(j).has(Cues.CLAUSE_END) && !isAsPhrase(tokens.get(Math.min(j + 1, i)))
                    || tokens.get(j).is("and") && NEW_PREDICATE.contains(tokens.get(Math.min(j + 1, i)))
                    || tokens.get(j).is(",") && CLOSING_PREDICATE.contains(tokens.get(Math.min(j + 1, i)))) {
                return true;
            }
        }
        return false;
    }
}
