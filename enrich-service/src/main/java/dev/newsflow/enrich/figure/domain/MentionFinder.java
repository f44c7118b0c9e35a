package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the instruments a sentence names: bond yields, the lexicon's names, listed companies, then companies named in
 * the way news names them.
 */
final class MentionFinder {

    private static final WordSet NOT_NAMES = Vocabulary.words("names", "not-names");
    private static final WordSet SECTORS = Vocabulary.words("names", "sectors");
    private static final WordSet SECTOR_COMPANIONS = Vocabulary.words("names", "sector-companions");
    /** Words that only describe an index: "the Pakistan Stock Exchange's (PSX) benchmark KSE-100 index". */
    private static final WordSet INDEX_DESCRIPTORS = Vocabulary.words("names", "index-descriptors");
    private static final WordSet COMMODITY_EXCHANGES = Vocabulary.words("names", "commodity-exchanges");
    /** Nouns after a possessive name that still speak of its own price: "Apple's shares", "gold's price". */
    private static final WordSet OWN_MOVES = Vocabulary.words("names", "own-moves");
    private static final WordSet REFERENCE_WORDS = Vocabulary.words("names", "reference-words");

    private static final WordSet PARTS = Vocabulary.words("names", "parts");
    /** Words before a currency that make it the one another is quoted in: "up 0.4% on the dollar". */
    private static final WordSet QUOTE_PREPOSITIONS = Vocabulary.words("names", "quote-prepositions");
    private static final WordSet RELATIVE_PREPOSITIONS = Vocabulary.words("names", "relative-prepositions");
    /** Nouns after a commodity's name that still speak of the commodity: "WTI Oil", "Gold Spot", "Iron Ore". */
    private static final WordSet COMMODITY_NOUNS = Vocabulary.words("names", "commodity-nouns");
    private static final WordSet MONTHS = Vocabulary.words("periods", "months");
    private static final WordSet HEADLINE_WORDS = Vocabulary.words("text", "headline-words");
    private static final WordSet GROUPS = Vocabulary.words("names", "groups");
    /** Commodities news names by a bare word when it opens a clause ("Oil fell 2%"), and the name each stands for. */
    private static final Map<String, String> BARE_COMMODITIES = Vocabulary.lookup(
            Vocabulary.pairs("names", "bare-commodities")
            .stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));

    /** The currency most prices and rates are quoted in says nothing of the market a text is about. */
    private static final String QUOTE_CURRENCY = "USD";
    /** The canonical name of the currency most others are quoted against. */
    private static final String US_DOLLAR = "US dollar";
    /** The most words an exchange's name before its bracketed acronym may have ("Nigerian Exchange Ltd."). */
    private static final int EXCHANGE_WORDS = 6;

    private final InstrumentLexicon lexicon;
    private final CompanyList companies;
    private final Map<String, Markets.Market> byCurrency = new java.util.HashMap<>();

    MentionFinder(InstrumentLexicon lexicon, CompanyList companies) {
        this.lexicon = lexicon;
        this.companies = companies;
        for (Markets.Market market : Markets.all()) {
            Instrument currency = lexicon.named(market.currency());
            if (currency != null && currency.symbol() != null) {
                byCurrency.putIfAbsent(currency.symbol(), market);
            }
        }
    }

    /** The instrument of a canonical name ("Nikkei 225"), or null. */
    Instrument named(String name) {
        return lexicon.named(name);
    }

    /**
     * The market a text is about: the one its sentences name most, by a country, adjective or city, or by its main
     * index or currency; the first named on a tie; null when none is named.
     */
    Markets.Market home(List<Sentence> sentences) {
        Map<Markets.Market, Integer> counts = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                int end = Markets.nameEnd(tokens, i);
                Markets.Market market = end > 0 ? Markets.at(tokens, i, end) : null;
                Mention match = lexicon.match(tokens, i);
                if (match != null && (market == null || match.last() > end)) {
                    Markets.Market named = Markets.of(match.instrument());
                    market = named != null || market == null ? named : market;
                    end = match.last();
                } else if (market == null) {
                    end = i + 1;
                }
                if (market == null && tokens.get(i).isNumber() && tokens.get(i).currency() != null
                        && !QUOTE_CURRENCY.equals(tokens.get(i).currency())) {
                    market = byCurrency.get(tokens.get(i).currency());
                    end = Math.max(end, currencyNamedAfter(tokens, i, market));
                }
                if (market != null) {
                    counts.merge(market, 1, Integer::sum);
                }
                i = Math.max(i, end - 1);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The index after the currency named right after the number at {@code number} when it is the one that gave the
     * number its currency ("88.8 yen"), so that the amount and its currency's name count once; else the number's own.
     */
    private int currencyNamedAfter(List<Token> tokens, int number, Markets.Market market) {
        Mention named = number + 1 < tokens.size() ? lexicon.match(tokens, number + 1) : null;
        return named != null && market != null && Markets.of(named.instrument()) == market ? named.last() : number + 1;
    }

    /**
     * The mentions of {@code sentence}, in order, none overlapping: a name and its symbol written after it are one, and
     * a name inside another's ticker is dropped.
     */
    List<Mention> find(Sentence sentence, Markets.Market home) {
        List<Token> tokens = sentence.tokens();
        List<Mention> mentions = new ArrayList<>(YieldNames.find(sentence, home));
        mentions.addAll(FundNames.find(tokens));
        for (Mention index : IndexNames.find(tokens, lexicon)) {
            if (mentions.stream().noneMatch(index::overlaps)) {
                mentions.add(index);
            }
        }
        for (int i = 1; i + 3 < tokens.size(); i++) {
            Mention index = tokens.get(i).is("(") ? byExchangeAcronym(tokens, i) : null;
            if (index != null && mentions.stream().noneMatch(index::overlaps)) {
                mentions.add(index);
                i = index.last() - 1;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (inExchangeTicker(tokens, i)) {
                continue;
            }
            Mention named = lexicon.match(tokens, i);
            Mention match = CurrencyPairs.at(tokens, i, named, lexicon);
            match = match != null ? match : named;
            Mention company = companies.match(tokens, i);
            if (match == null || company != null && (company.last() > match.last()
                    || company.last() == match.last() && match.instrument() == InstrumentLexicon.BLOCKED)) {
                match = company;
            }
            match = match == null && company == null ? bareCommodity(tokens, i) : match;
            match = match == null ? null : withLegalSuffixes(tokens, match);
            match = match == null ? null : companyNamedAfter(tokens, match);
            match = match == null ? null : suffixedCompanyLedByName(tokens, match);
            match = match == null ? null : companyLedByCommodity(tokens, match);
            match = match == null ? null : sectorIndex(tokens, match);
            match = match == null ? null : localCurrency(tokens, match, home);
            Mention longer = match == null ? null : companyGoingOn(tokens, mentions, match);
            longer = longer != null || match == null ? longer : gradeGoingOn(tokens, mentions, match);
            if (longer != null) {
                mentions.set(mentions.size() - 1, longer);
                i = longer.last() - 1;
                continue;
            }
            if (match != null && mentions.stream().noneMatch(match::overlaps)) {
                mentions.add(match);
                i = match.last() - 1;
            }
        }
        mentions.addAll(SizeIndices.find(tokens, mentions, lexicon));
        mentions.addAll(LocalIndices.find(tokens, home, mentions));
        mentions.addAll(MarketReferences.find(tokens, mentions, lexicon, home));
        mentions.addAll(SectorIndices.find(tokens, mentions));
        mentions.addAll(BareSectors.find(tokens, mentions));
        mentions.addAll(CompanyNames.find(tokens, mentions));
        for (int[] span : RespectiveNames.spans(tokens)) {
            Mention listed = new Mention(new Instrument(CompanyNames.name(tokens, span[0], span[1]), null, Kind.STOCK),
                    span[0], span[1], true, "company in a list that 'respectively' shares out");
            if (mentions.stream().noneMatch(listed::overlaps)) {
                mentions.add(listed);
            }
        }
        mentions.replaceAll(m -> MarketReferences.asFamilyMember(m, lexicon, home));
        int dateline = Datelines.end(tokens);
        mentions.removeIf(m -> m.instrument() == InstrumentLexicon.BLOCKED
                || m.first() < dateline && m.instrument().kind() == Kind.STOCK && !m.via().equals("lexicon"));
        mentions.sort(Comparator.comparingInt(Mention::first));
        List<Mention> result = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            Mention previous = result.isEmpty() ? null : result.get(result.size() - 1);
            if (previous != null && mention.first() < previous.last() && mention.last() <= previous.last()) {
                continue;
            }
            if (previous != null && mention.first() <= previous.last()
                    && previous.instrument().name().equals(mention.instrument().name())) {
                result.set(result.size() - 1, previous.spanning(previous.first(),
                        Math.max(previous.last(), mention.last())));
            } else {
                Mention read = withTicker(tokens, asReferenceIfObject(tokens, mention));
                result.add(previous != null && inAside(tokens, previous, read) ? read.asReference() : read);
            }
        }
        return result;
    }

    /**
     * Whether {@code mention} is named inside an aside about the one before it, between commas and before any number:
     * "The Canadian dollar, often sensitive to crude oil, firmed 0.3%".
     */
    private static boolean inAside(List<Token> tokens, Mention before, Mention mention) {
        if (before.last() >= tokens.size() || !tokens.get(before.last()).is(",") || !before.subject()
                || before.last() + 1 == mention.first()) {
            return false;
        }
        boolean appositive = before.last() + 1 < mention.first() && (tokens.get(before.last() + 1).is("a")
                || tokens.get(before.last() + 1).is("an") || tokens.get(before.last() + 1).is("the"));
        if (!appositive && Conjunctions.describesCompany(tokens.get(mention.first() - 1))) {
            return false;
        }
        for (int i = before.last() + 1; i < mention.first(); i++) {
            Token t = tokens.get(i);
            if (t.isNumber() && t.unit() != Token.Unit.NONE || t.is(";")
                    || !appositive && (!t.isWord() || t.isCapitalized())) {
                return false;
            }
        }
        for (int i = mention.last(); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(",")) {
                return appositive || i + 1 >= tokens.size() || !tokens.get(i + 1).isCapitalized();
            }
            if (t.isNumber() || t.is(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A commodity named by a bare word as the subject of its clause: "Oil is lower by 20.1%", "..., oil fell 2%"; not
     * "oil shares" or "oil firms".
     */
    private Mention bareCommodity(List<Token> tokens, int i) {
        String name = BARE_COMMODITIES.get(tokens.get(i).key());
        if (name == null || i + 1 >= tokens.size() || !Anaphora.predicates(tokens.get(i + 1))
                || i > 0 && !CompanyNames.CLAUSE_OPENERS.contains(tokens.get(i - 1))) {
            return null;
        }
        Instrument commodity = lexicon.named(name);
        return commodity == null ? null : new Mention(commodity, i, i + 1, true, "a commodity by its bare word");
    }

    /**
     * An index named after its exchange, the exchange's acronym in brackets before the index's own words: "the
     * Indonesia Stock Exchange (IDX) Composite" is the IDX Composite, "the Nigerian Exchange (NGX) All-Share Index"
     * the NGX All-Share Index; {@code open} is the bracket's.
     */
    private Mention byExchangeAcronym(List<Token> tokens, int open) {
        Token acronym = tokens.get(open + 1);
        int name = tokens.get(open - 1).is(".") && open >= 2 ? open - 2 : open - 1;
        if (!tokens.get(open + 2).is(")") || !isAllCaps(acronym) || !tokens.get(name).isCapitalized()) {
            return null;
        }
        List<Token> named = new ArrayList<>(List.of(acronym));
        named.addAll(tokens.subList(open + 3, Math.min(tokens.size(), open + 9)));
        Mention match = lexicon.match(named, 0);
        int start = open - 1;
        while (start > 0 && open - start < EXCHANGE_WORDS && (tokens.get(start - 1).isCapitalized()
                || tokens.get(start - 1).is("."))) {
            start--;
        }
        if (match != null && match.last() >= 2 && match.instrument().kind() == Kind.INDEX) {
            return new Mention(match.instrument(), start, open + 2 + match.last(), true, "named after its exchange");
        }
        int own = open + 3;
        while (own < tokens.size() && INDEX_DESCRIPTORS.contains(tokens.get(own)) && !tokens.get(own).isCapitalized()) {
            own++;
        }
        Mention known = own < tokens.size() ? lexicon.match(tokens, own) : null;
        if (known != null && known.instrument().kind() == Kind.INDEX) {
            int end = known.last() < tokens.size() && tokens.get(known.last()).is("index") ? known.last() + 1
                    : known.last();
            return new Mention(known.instrument(), start, end, true, "index named after its exchange's acronym");
        }
        int head = open + 3;
        while (head < Math.min(tokens.size(), open + 6) && tokens.get(head).isWord() && !tokens.get(head).is("index")
                && Cues.sign(tokens.get(head)) == 0) {
            head++;
        }
        int exchange = tokens.get(start).is("the") ? start + 1 : start;
        if (head == open + 3 || head >= tokens.size() || !tokens.get(head).is("index") || exchange >= open - 1
                || own == head && head + 1 < tokens.size() && tokens.get(head + 1).is(",")) {
            return null;
        }
        String index = words(tokens, exchange, open) + " " + words(tokens, open + 3, head + 1);
        return new Mention(new Instrument(index, null, Kind.INDEX), start, head + 1, true, "index of an exchange");
    }

    /** A company's mention over the legal words written after its name: "DBS Group Holdings", "Acme Corp Ltd". */
    private static Mention withLegalSuffixes(List<Token> tokens, Mention match) {
        if (match.instrument().kind() != Kind.STOCK) {
            return match;
        }
        int end = match.last();
        while (end < tokens.size() && tokens.get(end).isCapitalized() && CompanyNames.isLegalSuffix(tokens.get(end))) {
            end++;
        }
        if (end == match.last() && match.via().equals("listed company") && end + 1 < tokens.size()
                && tokens.get(end).isWord() && tokens.get(end).isCapitalized() && !tokens.get(end - 1).isPossessive()
                && Cues.sign(tokens.get(end)) == 0 && !NOT_NAMES.contains(tokens.get(end))
                && !tokens.get(end + 1).isCapitalized() && Markets.nameEnd(tokens, end) <= end) {
            end++;
        }
        return end == match.last() ? match : match.spanning(match.first(), end);
    }

    /**
     * A company whose name ends in a commodity or a currency: "Sibanye Gold", "Anglo American Platinum" written with a
     * capitalized word before what the lexicon knows as gold or platinum.
     */
    private static Mention companyNamedAfter(List<Token> tokens, Mention match) {
        Kind kind = match.instrument().kind();
        int before = match.first() - 1;
        if (kind != Kind.COMMODITY && kind != Kind.FX || before < 0 || !tokens.get(before).isCapitalized()
                || tokens.get(before).isPossessive() || NOT_NAMES.contains(tokens.get(before))
                || COMMODITY_EXCHANGES.contains(tokens.get(before))
                || Markets.nameEnd(tokens, before) > before || before == 0 && match.last() - match.first() > 1) {
            return match;
        }
        int start = before;
        while (start > 0 && tokens.get(start - 1).isCapitalized() && !tokens.get(start - 1).isPossessive()) {
            start--;
        }
        return companyNamedAfterACommodity(tokens, start, match.last());
    }

    /** The company the words from {@code start} to {@code end} name, a commodity's name among them. */
    private static Mention companyNamedAfterACommodity(List<Token> tokens, int start, int end) {
        return new Mention(new Instrument(words(tokens, start, end), null, Kind.STOCK), start, end, true,
                "company named after a commodity");
    }

    /** The words from {@code start} to {@code end} as written, one space between each. */
    static String words(List<Token> tokens, int start, int end) {
        StringBuilder name = new StringBuilder();
        for (int i = start; i < end; i++) {
            name.append(i > start ? " " : "").append(tokens.get(i).text());
        }
        return name.toString();
    }

    /**
     * A company whose name starts with a commodity's and goes on in capitals ("Cobalt Steel", "Oil Search"), outside a
     * headline written in title case ("Gold Holds Near Record"), unless the next word is a move or no name's word.
     */
    private Mention companyLedByCommodity(List<Token> tokens, Mention match) {
        int next = match.last();
        if (match.instrument().kind() != Kind.COMMODITY || match.last() - match.first() != 1
                || !tokens.get(match.first()).isCapitalized() || next >= tokens.size() || !namesOn(tokens.get(next))
                || lexicon.match(tokens, next) != null || Markets.nameEnd(tokens, next) > next || titleCase(tokens)) {
            return match;
        }
        int end = next + 1;
        while (end < tokens.size() && namesOn(tokens.get(end)) && !tokens.get(end - 1).isPossessive()) {
            end++;
        }
        return companyNamedAfterACommodity(tokens, match.first(), end);
    }

    /**
     * Whether the word at {@code i} is the exchange of a bracketed ticker, not an instrument: "TSX" in "Euro Sun Mining
     * Inc. (TSX:ESM)", "ASX" in "(ASX:BHP)".
     */
    private static boolean inExchangeTicker(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).is("(") && tokens.get(i + 1).is(":")
                && CompanyNames.tickerEnd(tokens, i - 1) > 0;
    }

    /**
     * A company whose name opens with a currency's, a coin's or a commodity's word and goes on in capitals to a legal
     * suffix: "Euro Sun Mining Inc.", "Bitcoin Well Corp", "Nickel Creek Platinum Corp".
     */
    private Mention suffixedCompanyLedByName(List<Token> tokens, Mention match) {
        Kind kind = match.instrument().kind();
        if (kind != Kind.FX && kind != Kind.COMMODITY && kind != Kind.CRYPTO || match.last() - match.first() != 1
                || !tokens.get(match.first()).isCapitalized()) {
            return match;
        }
        int end = match.last();
        while (end < tokens.size() && end - match.first() <= EXCHANGE_WORDS && namesOn(tokens.get(end))
                && !CompanyNames.isLegalSuffix(tokens.get(end)) && !tokens.get(end - 1).isPossessive()) {
            end++;
        }
        if (end == match.last() || end >= tokens.size() || !CompanyNames.isLegalSuffix(tokens.get(end))
                || !tokens.get(end).isCapitalized()) {
            return match;
        }
        return new Mention(new Instrument(CompanyNames.name(tokens, match.first(), end + 1), null, Kind.STOCK),
                match.first(), end + 1, true, "company led by an instrument's word");
    }

    private static boolean namesOn(Token t) {
        return t.isWord() && t.isCapitalized() && Cues.sign(t) == 0 && !t.has(Cues.LEVEL_TRIGGER)
                && !t.has(Cues.DISTRACTOR) && !OWN_MOVES.contains(t) && !REFERENCE_WORDS.contains(t)
                && !COMMODITY_NOUNS.contains(t);
    }

    /**
     * Whether a sentence is a headline written in title case: a word past its first that no name capitalizes is
     * capitalized ("Gold Holds Near Record as Dollar Slips").
     */
    private static boolean titleCase(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord() && t.isCapitalized() && (HEADLINE_WORDS.contains(t) || Cues.sign(t) != 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A company whose name goes on into a commodity's: "Anglo American" then "Platinum" is Anglo American Platinum,
     * "Kumba" then "Iron Ore" is Kumba Iron Ore.
     */
    private static Mention companyGoingOn(List<Token> tokens, List<Mention> mentions, Mention match) {
        Mention before = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
        if (before == null || before.instrument().kind() != Kind.STOCK || before.last() != match.first()
                || match.instrument().kind() != Kind.COMMODITY || !tokens.get(match.first()).isCapitalized()
                || tokens.get(before.last() - 1).isPossessive()) {
            return null;
        }
        return companyNamedAfterACommodity(tokens, before.first(), match.last());
    }

    /**
     * A commodity's grade whose name goes on into the commodity's plain name: "U.S. crude" then "oil prices" is WTI
     * crude, not crude oil, and so is "West Texas Intermediate (WTI) crude futures", the grade's code in brackets.
     */
    private static Mention gradeGoingOn(List<Token> tokens, List<Mention> mentions, Mention match) {
        Mention before = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
        boolean adjacent = before != null && (before.last() == match.first()
                || before.last() + 1 == match.first() && tokens.get(before.last()).is(")"));
        if (!adjacent || before.instrument().kind() != Kind.COMMODITY || match.instrument().kind() != Kind.COMMODITY) {
            return null;
        }
        return before.spanning(before.first(), match.last());
    }

    /**
     * A currency named by its bare name is the home market's when that market's currency goes by it: "the peso" in a
     * Manila report is the Philippine peso, "the rupee" in a Karachi one the Pakistani rupee. "The dollar" is the home
     * currency only in a market whose own currency is a dollar ("the dollar" of a Wellington report is the New Zealand
     * dollar) and only as what moves, not what another currency is quoted against ("against the dollar"); elsewhere it
     * stays the US dollar. A nickname ("the loonie") stays its own currency.
     */
    private Mention localCurrency(List<Token> tokens, Mention match, Markets.Market home) {
        Instrument named = match.instrument();
        if (home == null || named.kind() != Kind.FX || match.last() - match.first() != 1
                || named.name().equals(home.currency())
                || named.name().equals(US_DOLLAR) && !homeDollar(tokens, match.first())) {
            return match;
        }
        String word = named.name().substring(named.name().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        if (!tokens.get(match.first()).key().equals(word)) {
            return match;
        }
        Instrument local = lexicon.named(home.currency());
        boolean sameWord = home.currency().toLowerCase(java.util.Locale.ROOT).endsWith(" " + word);
        return local == null || !sameWord ? match
                : new Mention(local, match.first(), match.last(), match.subject(), "the home market's " + word);
    }

    /**
     * Whether the bare "dollar" at {@code at} is the subject "the dollar" rather than the currency another one is
     * quoted against or priced in: written after "the", with no quoting preposition ("against", "per", "to") before it.
     */
    private static boolean homeDollar(List<Token> tokens, int at) {
        if (at == 0 || !tokens.get(at - 1).is("the")) {
            return false;
        }
        String before = at < 2 ? "" : tokens.get(at - 2).key();
        return !REFERENCE_WORDS.contains(before) && !QUOTE_PREPOSITIONS.contains(before) && !before.equals("to");
    }

    /**
     * An index's sector written after it: "the FTSE 350 construction index", "the Stoxx 600 banks index", "the STOXX
     * 600 oil and gas index" (two words joined as STOXX's sector names are), or a family's
     * member named in capitals: "Nifty Financial Services index", "Nifty Private Bank index".
     */
    private static Mention sectorIndex(List<Token> tokens, Mention match) {
        int end = match.last();
        if (match.instrument().kind() != Kind.INDEX) {
            return match;
        }
        int head = end;
        while (head < Math.min(tokens.size(), end + 2) && SECTORS.contains(tokens.get(head))
                && !tokens.get(head).isCapitalized()) {
            head++;
        }
        if (head > end && head + 1 < tokens.size() && (tokens.get(head).is("and") || tokens.get(head).is("&"))
                && !tokens.get(head + 1).isCapitalized() && (SECTORS.contains(tokens.get(head + 1))
                || SECTOR_COMPANIONS.contains(tokens.get(head + 1)))) {
            head += 2;
        }
        if (head > end && head < tokens.size() && tokens.get(head).is("index")) {
            return new Mention(new Instrument(words(tokens, match.first(), head) + " index", null, Kind.INDEX),
                    match.first(), head + 1, true, "sector of a known index");
        }
        return familyMember(tokens, match);
    }

    /** "Nifty Realty index": capitalized words between a known index's name and "index" name another of its family. */
    private static Mention familyMember(List<Token> tokens, Mention match) {
        int end = match.last();
        int head = end;
        while (head < Math.min(tokens.size(), end + 3) && tokens.get(head).isWord() && tokens.get(head).isCapitalized()
                && !tokens.get(head).is("index")) {
            head++;
        }
        if (head == end || head >= tokens.size() || !tokens.get(head).is("index")) {
            return match;
        }
        return new Mention(new Instrument(words(tokens, match.first(), head) + " index", null, Kind.INDEX),
                match.first(), head + 1, true,
                "member of a known index's family");
    }

    /** The mention extended over its ticker: "Nvidia (NVDA)", "Alphabet GOOGL", "Nike Inc. NKE". */
    private static Mention withTicker(List<Token> tokens, Mention mention) {
        int open = afterLegalSuffix(tokens, mention.last());
        if (open + 1 < tokens.size() && !tokens.get(open + 1).isCapitalized()
                && !isAllCaps(tokens.get(mention.last() - 1)) && isCapsTicker(tokens.get(open).text())) {
            Instrument instrument = mention.instrument();
            if (instrument.symbol() == null) {
                instrument = new Instrument(instrument.name(), tokens.get(open).text(), instrument.kind());
            }
            return new Mention(instrument, mention.first(), open + 1, mention.subject(), mention.via());
        }
        if (open >= tokens.size() || !tokens.get(open).is("(") || CompanyNames.tickerEnd(tokens, open) < 0) {
            return mention;
        }
        Instrument instrument = mention.instrument();
        if (instrument.symbol() == null) {
            instrument = new Instrument(instrument.name(), CompanyNames.ticker(tokens, open), instrument.kind());
        }
        return new Mention(instrument, mention.first(), CompanyNames.tickerEnd(tokens, open), mention.subject(),
                mention.via());
    }

    /**
     * Where a ticker may start after a legal suffix ("Inc.", "Corp") that follows a name at {@code i}, or after the
     * full stop of one that ends the name ("E.W. Scripps Co. (NYSE: SSP)").
     */
    private static int afterLegalSuffix(List<Token> tokens, int i) {
        if (i >= 1 && i + 1 < tokens.size() && tokens.get(i).is(".") && tokens.get(i - 1).isCapitalized()
                && CompanyNames.isLegalSuffix(tokens.get(i - 1))) {
            return i + 1;
        }
        if (i >= tokens.size() || !tokens.get(i).isCapitalized() || !CompanyNames.isLegalSuffix(tokens.get(i))) {
            return i;
        }
        return i + 1 < tokens.size() && tokens.get(i + 1).is(".") ? i + 2 : i + 1;
    }

    /** Whether a word could be a ticker written after a name: two to five capitals, then up to two digits ("BRN00"). */
    private static boolean isCapsTicker(String text) {
        int letters = 0;
        while (letters < text.length() && text.charAt(letters) >= 'A' && text.charAt(letters) <= 'Z') {
            letters++;
        }
        int digits = text.length() - letters;
        for (int i = letters; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return letters >= 2 && letters <= 5 && digits <= 2;
    }

    /** Whether a word is written in capitals only ("DAX"), so a capitalized word after it is no ticker of it. */
    private static boolean isAllCaps(Token token) {
        return token.isWord() && token.isInCapitals();
    }

    /** Whether the mention is an exchange's acronym after its name: "the Bombay Stock Exchange (BSE)". */
    private static boolean namesAnExchange(List<Token> tokens, Mention mention) {
        int open = mention.first() - 1;
        return open >= 1 && tokens.get(open).is("(") && mention.last() < tokens.size()
                && tokens.get(mention.last()).is(")")
                && (tokens.get(open - 1).is("exchange") || tokens.get(open - 1).is("bourse"));
    }

    /**
     * Whether the number at {@code i} is the percentage that ends the move of a list's item before a name: "Alder
     * Group (ALD) 59.55p 5.40% Birch Holdings (BRH) 49.85p 4.40%".
     */
    private static boolean endsAListedMove(List<Token> tokens, int i) {
        return tokens.get(i).unit() == Token.Unit.PERCENT && i >= 1 && tokens.get(i - 1).isNumber();
    }

    /** Whether the number at {@code i} is the year of a contract month before a name: "The May 2020 Brent crude". */
    private static boolean contractMonth(List<Token> tokens, int i) {
        return i > 0 && NumberContext.isYear(tokens, i) && MONTHS.contains(tokens.get(i - 1));
    }

    /**
     * Whether a currency is the one another is quoted in: "sterling was up 0.09% on the dollar", "opened at 81.59 to
     * a dollar", "lost 1.9% of its value to the dollar" ({@code before} is the word before the name and its articles).
     */
    private static boolean quotedIn(List<Token> tokens, Mention mention, int before) {
        if (mention.instrument().kind() != Kind.FX || before < 0) {
            return false;
        }
        Token word = tokens.get(before);
        return QUOTE_PREPOSITIONS.contains(word)
                || word.is("to") && before >= 1 && (tokens.get(before - 1).isNumber()
                || tokens.get(before - 1).is("value"));
    }

    /** The mention as a reference when the words around it make it the object of what is said, else itself. */
    static Mention asReferenceIfObject(List<Token> tokens, Mention mention) {
        int after = mention.last();
        if (after + 1 < tokens.size() && tokens.get(after).is(",") && tokens.get(after + 1).is("which")) {
            return mention;
        }
        if (namesAnExchange(tokens, mention)) {
            return mention.asReference();
        }
        int before = mention.first() - 1;
        while (before >= 0 && (tokens.get(before).is("the") || tokens.get(before).is("a")
                || tokens.get(before).is("both") || tokens.get(before).is("u.s") || tokens.get(before).is("."))) {
            before--;
        }
        if (before >= 0 && (REFERENCE_WORDS.contains(tokens.get(before)) || tokens.get(before).is("/")
                || tokens.get(before).isNumber() && before == mention.first() - 1
                && !contractMonth(tokens, before) && !endsAListedMove(tokens, before))) {
            return mention.asReference();
        }
        if (quotedIn(tokens, mention, before)) {
            return mention.asReference();
        }
        if (before >= 1 && tokens.get(before).is("as") && tokens.get(before - 1).is("such")) {
            return mention.asReference();
        }
        if (before >= 1 && tokens.get(before).is("of") && PARTS.contains(tokens.get(before - 1))) {
            return mention.asReference();
        }
        if (RankedPlaces.isPlace(tokens, before, after)) {
            return mention.asReference();
        }
        if (before >= 1 && tokens.get(before).is("which")
                && RELATIVE_PREPOSITIONS.contains(tokens.get(before - 1))) {
            return mention.asReference();
        }
        if (mention.last() < tokens.size() && GROUPS.contains(tokens.get(mention.last()))) {
            return mention.asReference();
        }
        Token next = mention.last() < tokens.size() ? tokens.get(mention.last()) : null;
        Token afterNext = mention.last() + 1 < tokens.size() ? tokens.get(mention.last() + 1) : null;
        boolean acronymNoun = next != null && next.isCapitalized()
                && next.isInCapitals()
                && afterNext != null && afterNext.isWord() && !afterNext.isCapitalized() && Cues.sign(afterNext) == 0;
        if (tokens.get(mention.last() - 1).isPossessive() && next != null && next.isWord()
                && (!next.isCapitalized() || acronymNoun) && !OWN_MOVES.contains(next) && Cues.sign(next) == 0) {
            return mention.asReference();
        }
        return mention;
    }
}
