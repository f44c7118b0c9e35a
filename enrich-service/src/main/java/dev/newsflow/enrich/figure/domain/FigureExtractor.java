package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the market figures of a text: every move and level of an index, stock, commodity, currency, crypto asset or
 * bond yield, with its sign, period and where it was written. Deterministic, no network.
 */
public final class FigureExtractor {

    private static final WordSet LEADING_CLAUSE = WordSet.of("after", "before", "having", "following", "up", "down",
            "rising", "falling", "gaining", "losing");

    /** The lexicons are read once per JVM: they never change, and reading the company list takes a while. */
    private static final MentionFinder FINDER = new MentionFinder(InstrumentLexicon.load(), CompanyList.load());

    private final MentionFinder finder = FINDER;
    private final TableReader tables = new TableReader(finder);

    /** The figures of an article's Markdown {@code body}, then those only its {@code tldr} items give. */
    public List<MarketFigure> extract(String body, List<String> tldr) {
        return explain(body, tldr).stream().map(ExplainedFigure::figure).toList();
    }

    /** {@link #extract(String, List)}, each figure with the cues that made it. */
    public List<ExplainedFigure> explain(String body, List<String> tldr) {
        List<ExplainedFigure> figures = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        read(body == null ? "" : body, true, figures, seen);
        int fromBody = figures.size();
        for (String item : tldr == null ? List.<String>of() : tldr) {
            read(item == null ? "" : item, false, figures, seen);
        }
        List<ExplainedFigure> bodyFigures = figures.subList(0, fromBody);
        List<ExplainedFigure> all = new ArrayList<>(bodyFigures);
        for (ExplainedFigure figure : figures.subList(fromBody, figures.size())) {
            if (bodyFigures.stream().noneMatch(known -> restates(figure.figure(), known.figure()))) {
                all.add(figure);
            }
        }
        return all;
    }

    /** Whether a tldr figure only repeats a body figure: same subject, and every value it gives agrees. */
    private static boolean restates(MarketFigure summary, MarketFigure known) {
        return summary.subject().equals(known.subject()) && agrees(summary.changePercent(), known.changePercent())
                && agrees(summary.changePoints(), known.changePoints()) && agrees(summary.changeBp(), known.changeBp())
                && agrees(summary.level(), known.level()) && agrees(summary.period(), known.period())
                && agrees(summary.direction(), known.direction());
    }

    private static boolean agrees(Object summary, Object known) {
        return summary == null || summary.equals(known);
    }

    /** The figures of a text or Markdown. */
    public List<MarketFigure> extract(String text) {
        return extract(text, List.of());
    }

    /** The figures of a text or Markdown, each with the cues that made it. */
    public List<ExplainedFigure> explain(String text) {
        return explain(text, List.of());
    }

    private void read(String text, boolean offsets, List<ExplainedFigure> figures, Set<List<Object>> seen) {
        List<MarkdownTables.Table> tablesLeft = new ArrayList<>(MarkdownTables.find(text));
        List<MarkdownTables.Table> textTables = new ArrayList<>(TenorTables.find(text));
        textTables.addAll(TextTables.find(text));
        textTables.addAll(LevelMoveStrips.find(text));
        textTables.addAll(QuoteLines.find(text));
        textTables.addAll(FieldRows.find(text));
        for (MarkdownTables.Table table : textTables) {
            if (tablesLeft.stream().noneMatch(t -> t.start() < table.end() && table.start() < t.end())) {
                tablesLeft.add(table);
            }
        }
        tablesLeft.sort(java.util.Comparator.comparingInt(MarkdownTables.Table::start));
        String masked = MarkdownMask.mask(text, tablesLeft);
        List<Sentence> sentences = SentenceSplitter.split(text, masked);
        Markets.Market home = finder.home(sentences);
        TextContext context = new TextContext(home, home == null ? null : finder.named(home.index()),
                home == null ? null : finder.named(home.currency()));
        List<DraftMerger.Placed> placed = new ArrayList<>();
        String reported = SessionDays.reported(sentences);
        String carriedDay = null;
        CarriedSpans spans = new CarriedSpans();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            if (s > 0 && newParagraph(text, sentences.get(s - 1), sentence)) {
                carriedDay = null;
                spans.newParagraph();
            }
            List<FigureDraft> drafts = drafts(sentence, context);
            BracketedPriorLevels.mark(drafts, sentence.tokens());
            for (FigureDraft draft : drafts) {
                if (draft.day == null && draft.date == CalendarDates.NONE && !draft.offSession && !draft.early) {
                    draft.day = carriedDay;
                }
                if (draft.period == null && SessionDays.before(draft.day, reported)) {
                    draft.period = Period.PRIOR_SESSION;
                    draft.cue("period", draft.day, "a session before the day reported");
                }
                if (draft.period == null) {
                    draft.period = context.sectionPeriod;
                }
                placed.add(new DraftMerger.Placed(draft, s, sentence.text()));
            }
            spans.carry(drafts, sentence.tokens());
            carriedDay = SessionDays.carried(sentence.tokens(), !drafts.isEmpty(), carriedDay);
            spans.after(sentence.tokens(), drafts);
            context.listSign = ListSigns.after(sentence.tokens(), context.listSign);
            context.sectionPeriod = Periods.ofSection(sentence, context.sectionPeriod);
        }
        dateFigures(text, sentences, placed);
        SessionDays.lookBacks(placed);
        List<DraftMerger.Placed> merged = DraftMerger.merge(placed);
        SessionDays.yesterdays(sentences, merged);
        EarlyHours.resolve(merged);
        for (DraftMerger.Placed figure : merged) {
            while (!tablesLeft.isEmpty() && tablesLeft.get(0).start() < sentences.get(figure.sentence()).start()) {
                readTable(text, tablesLeft.remove(0), offsets, figures, seen);
            }
            add(figure.draft(), figure.text(), offsets, figures, seen);
        }
        for (MarkdownTables.Table table : tablesLeft) {
            readTable(text, table, offsets, figures, seen);
        }
    }

    /**
     * Dates each figure of the latest session by the calendar: one its clause dates, or the last date an earlier
     * sentence of its paragraph told ("rose 0.1% to 4,079.95 on April 8. The Dow gained ..."), is the previous
     * session's or another time's when the text tells of a later day; one its clause dates with the year ("had last
     * ended at 64.78 on August 12, 2015", "on July 9, 2021, the Dow closes at") is of another time, as a report
     * writes no year to the day it reports.
     */
    private static void dateFigures(String text, List<Sentence> sentences, List<DraftMerger.Placed> placed) {
        int[] told = new int[sentences.size()];
        int latest = CalendarDates.NONE;
        for (int s = 0; s < sentences.size(); s++) {
            told[s] = CalendarDates.told(sentences.get(s).tokens());
            latest = CalendarDates.later(told[s], latest);
        }
        for (DraftMerger.Placed figure : placed) {
            latest = CalendarDates.later(figure.draft().date, latest);
        }
        if (latest == CalendarDates.NONE) {
            return;
        }
        int carried = CalendarDates.NONE;
        int next = 0;
        for (DraftMerger.Placed figure : placed) {
            for (; next < figure.sentence(); next++) {
                boolean paragraph = next > 0 && newParagraph(text, sentences.get(next - 1), sentences.get(next));
                carried = told[next] != CalendarDates.NONE ? told[next] : paragraph ? CalendarDates.NONE : carried;
            }
            boolean paragraph = next > 0 && newParagraph(text, sentences.get(next - 1), sentences.get(next));
            FigureDraft draft = figure.draft();
            int date = draft.date != CalendarDates.NONE ? draft.date
                    : draft.day == null && !paragraph ? carried : CalendarDates.NONE;
            Period period = draft.date != CalendarDates.NONE && CalendarDates.hasYear(draft.date) ? Period.OTHER
                    : CalendarDates.period(date, latest);
            if (draft.period == null && period != null) {
                draft.period = period;
                draft.cue("period", period.name().toLowerCase(java.util.Locale.ROOT),
                        "a date before the latest the text tells");
            }
        }
    }

    /** Whether a line break stands between two sentences: {@code next} starts another paragraph. */
    private static boolean newParagraph(String text, Sentence last, Sentence next) {
        for (int c = last.end(); c < next.start(); c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    private void readTable(String text, MarkdownTables.Table table, boolean offsets, List<ExplainedFigure> figures,
            Set<List<Object>> seen) {
        for (TableReader.RowFigure row : tables.read(text, table)) {
            add(row.draft(), text.substring(row.row().start(), row.row().end()), offsets, figures, seen);
        }
    }

    private static void add(FigureDraft draft, String sentence, boolean offsets, List<ExplainedFigure> figures,
            Set<List<Object>> seen) {
        MarketFigure figure = draft.toFigure(sentence, offsets);
        if (seen.add(key(figure))) {
            figures.add(new ExplainedFigure(figure, List.copyOf(draft.cues)));
        }
    }

    private List<FigureDraft> drafts(Sentence sentence, TextContext context) {
        Anaphora anaphora = context.anaphora;
        int listSign = context.listSign;
        List<Token> tokens = sentence.tokens();
        List<Mention> named = finder.find(sentence, context.home);
        List<Mention> subjects = new ArrayList<>(context.localCurrencies.resolve(
                named.stream().filter(Mention::subject).toList()));
        context.localCurrencies.remember(subjects);
        Mention reference = anaphora.find(tokens, subjects.isEmpty() ? tokens.size() : subjects.get(0).first());
        if (reference != null && named.stream().noneMatch(reference::overlaps)) {
            subjects.add(0, reference);
        }
        anaphora.remember(subjects);
        List<FigureDraft> drafts = new ArrayList<>();
        if (subjects.isEmpty()) {
            return drafts;
        }
        Mention first = subjects.get(0);
        if (first.first() > 1 && (LEADING_CLAUSE.contains(tokens.get(0))
                || tokens.get(0).is("with") && movesBefore(tokens, first.first()))) {
            for (FigureDraft draft : SegmentReader.read(tokens, first, 1, first.first(), false, listSign)) {
                if (draft.period == null && tokens.get(0).is("after") && !speaksOfToday(tokens, first.first())) {
                    draft.period = Period.PRIOR_SESSION;
                }
                drafts.add(draft);
            }
        }
        List<Mention> pending = new ArrayList<>();
        boolean agents = false;
        List<int[]> listSpans = RespectiveNames.spans(tokens);
        int listed = listedFrom(listSpans, subjects);
        int listedLast = listed + listSpans.size() - 1;
        for (int k = 0; k < subjects.size(); k++) {
            Mention mention = subjects.get(k);
            int next = k + 1 < subjects.size() ? subjects.get(k + 1).first() : tokens.size();
            agents = afterAgent(tokens, mention) || agents && k > 0
                    && Conjunctions.onlyJoins(tokens, subjects.get(k - 1).last(), mention.first());
            boolean ownVerbNext = k + 1 < subjects.size() && subjects.get(k + 1).last() < tokens.size()
                    && Cues.sign(tokens.get(subjects.get(k + 1).last())) != 0;
            boolean joins = Conjunctions.onlyJoins(tokens, mention.last(), next) || k >= listed && k < listedLast;
            if (joins && !(agents && ownVerbNext)) {
                pending.add(mention);
                continue;
            }
            boolean distracted = Conjunctions.distractedBefore(tokens, mention.first(),
                    k == 0 ? 0 : subjects.get(k - 1).last());
            List<FigureDraft> own = new ArrayList<>(SegmentReader.readBefore(tokens, mention,
                    k == 0 ? 0 : subjects.get(k - 1).last()));
            List<Mention> group = new ArrayList<>(pending);
            group.add(mention);
            List<FigureDraft> shared = Respectively.share(tokens, group, mention.last(), next, listSign);
            if (shared != null) {
                drafts.addAll(shared);
                pending.clear();
                continue;
            }
            int fallbackSign = Conjunctions.gapped(tokens, mention) ? lastSign(drafts) : 0;
            own.addAll(SegmentReader.read(tokens, mention, mention.last(), next, distracted,
                    fallbackSign != 0 ? fallbackSign : listSign));
            if (!own.isEmpty()) {
                own.addAll(CrossRates.listed(tokens, mention, own.get(own.size() - 1), mention.last()));
            }
            drafts.addAll(Conjunctions.share(tokens, pending, own, mention.last(), next));
            drafts.addAll(own);
            pending.clear();
        }
        if (ForecastTargets.headed(tokens, first.first())) {
            return new ArrayList<>();
        }
        Periods.Reading prefix = prefixPeriod(tokens, first.first());
        String leadingDay = SessionDays.leading(tokens, first.first());
        int leadingClock = ClockTimes.leading(tokens, first.first());
        int leadingDate = CalendarDates.leading(tokens, first.first());
        SpanExtremes.resolve(drafts, prefix.period());
        Period previous = null;
        FigureDraft last = null;
        boolean lastCarried = false;
        for (FigureDraft draft : drafts) {
            if (draft.day == null) {
                draft.day = leadingDay;
            }
            if (draft.date == CalendarDates.NONE) {
                draft.date = leadingDate;
            }
            if (draft.period == null) {
                boolean sibling = Periods.isSpan(previous) && prefix.period() == null
                        && SpanSiblings.joined(tokens, last, lastCarried, draft);
                boolean asPrevious = draft.samePeriodAsPrevious || draft.standing && Periods.isSpan(previous)
                        || sibling;
                lastCarried = sibling;
                draft.period = asPrevious ? previous : prefix.period();
                draft.yesterday = !asPrevious && Periods.ofYesterday(prefix);
                draft.early |= draft.period == null && prefix.early();
                if (draft.period == null && !draft.offSession && draft.clock == ClockTimes.NONE
                        && leadingClock != ClockTimes.NONE) {
                    draft.early = true;
                    draft.clock = leadingClock;
                }
            }
            previous = draft.period;
            last = draft;
        }
        drafts.removeIf(FigureDraft::isEmpty);
        return drafts;
    }

    /**
     * The index of the first of the subjects a "respectively" list names one after the other ({@code spans}, from
     * {@link RespectiveNames}), or -1: the list's names may be described ("search engine Naver and instant messenger
     * Kakao"), which no joining word alone tells.
     */
    private static int listedFrom(List<int[]> spans, List<Mention> subjects) {
        for (int k = 0; !spans.isEmpty() && k + spans.size() <= subjects.size(); k++) {
            boolean all = true;
            for (int j = 0; j < spans.size() && all; j++) {
                Mention m = subjects.get(k + j);
                all = m.first() < spans.get(j)[1] && spans.get(j)[0] < m.last();
            }
            if (all) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether a mention is the agent of a passive ("led by Siemens and Infineon, and France's CAC 40 added 0.8%"): the
     * names after "by" share no move with the subject that follows them.
     */
    private static boolean afterAgent(List<Token> tokens, Mention mention) {
        int before = mention.first() - 1;
        return before >= 1 && tokens.get(before).is("by") && tokens.get(before - 1).key().endsWith("ed");
    }

    /** Whether a leading "with" clause tells a move: "With a one per cent increase, the ASPI ended at 5,038". */
    private static boolean movesBefore(List<Token> tokens, int end) {
        for (int i = 1; i < end; i++) {
            if (tokens.get(i).unit() == Token.Unit.PERCENT || tokens.get(i).unit() == Token.Unit.POINTS) {
                return true;
            }
        }
        return false;
    }

    /** Whether a leading clause tells of today's session: "After rising 0.7 per cent this morning, ...". */
    private static boolean speaksOfToday(List<Token> tokens, int end) {
        for (int i = 1; i < end; i++) {
            if (tokens.get(i).is("today") || tokens.get(i).is("this") || tokens.get(i).is("earlier")) {
                return true;
            }
        }
        return false;
    }

    /** The sign of the last move read so far in the sentence, 0 if none. */
    private static int lastSign(List<FigureDraft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            if (drafts.get(i).sign() != 0) {
                return drafts.get(i).sign();
            }
        }
        return 0;
    }

    private static Periods.Reading prefixPeriod(List<Token> tokens, int firstMention) {
        boolean periodWord = false;
        for (int i = 0; i < firstMention && !periodWord; i++) {
            periodWord = tokens.get(i).has(Cues.PERIOD_WORD);
        }
        if (!periodWord) {
            return Periods.NONE;
        }
        StringBuilder prefix = new StringBuilder(" ");
        for (int i = 0; i < firstMention; i++) {
            prefix.append(tokens.get(i).key()).append(' ');
        }
        return Periods.of(" ", prefix.toString());
    }

    /** What the sentences read so far tell the next one: the instruments named, and a list's sign. */
    private static final class TextContext {
        private final Anaphora anaphora;
        private final LocalCurrencies localCurrencies = new LocalCurrencies();
        private final Markets.Market home;
        private int listSign;
        private Period sectionPeriod;

        private TextContext(Markets.Market home, Instrument homeIndex, Instrument homeCurrency) {
            this.home = home;
            this.anaphora = new Anaphora(homeIndex, homeCurrency);
        }
    }

    /** What makes a figure new: its values and its sentence, as a figure stated again elsewhere is stated twice. */
    private static List<Object> key(MarketFigure f) {
        return Arrays.asList(f.subject(), f.changePercent(), f.changePoints(), f.changeBp(), f.level(), f.period(),
                f.direction(), f.sentence());
    }
}
