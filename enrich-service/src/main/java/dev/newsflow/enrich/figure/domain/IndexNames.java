package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds indices by the capitalized name they go by, ending in "Index", "Composite" or "Average" ("Bloomberg Dollar
 * Spot Index", "Stoxx Europe 600 Banking Index"), where the lexicon knows no more than a part of the name.
 */
final class IndexNames {

    /** An index named in one word with its head: "HNX-Index", "UPCoM-Index", "VN30-Index". */
    private static final java.util.regex.Pattern HYPHENATED = java.util.regex.Pattern.compile(
            "[A-Z][A-Za-z0-9]{1,9}-Index");
    private static final WordSet HEADS = WordSet.of("Index", "Composite", "Average", "INDEX");
    private static final WordSet JOINING = WordSet.of("&", "/", "of", "-", "and");
    private static final WordSet CURRENCY_WORDS = Vocabulary.words("names", "index-currency-words");
    private static final WordSet PLACES = Vocabulary.words("names", "index-places");

    private IndexNames() {
    }

    /** The index names of {@code tokens} that the lexicon, read from their first word, does not cover whole. */
    static List<Mention> find(List<Token> tokens, InstrumentLexicon lexicon) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            if (text.endsWith("-Index") && HYPHENATED.matcher(text).matches() && lexicon.match(tokens, i) == null) {
                found.add(new Mention(new Instrument(tokens.get(i).text(), null, Kind.INDEX), i, i + 1, true,
                        "index by its hyphenated name"));
            }
        }
        for (int head = 1; head < tokens.size(); head++) {
            if (!HEADS.contains(tokens.get(head).text()) && !tokens.get(head).text().equals("index")) {
                continue;
            }
            int start = head;
            while (start > 0 && isNameWord(tokens.get(start - 1))) {
                start--;
            }
            while (start < head && (tokens.get(start).is("the") || tokens.get(start).is("The"))) {
                start++;
            }
            if (head - start < 1 || SectorIndices.namesData(tokens, start, head)
                    || tokens.get(head).text().equals("index") && !numberedAcronym(tokens, start, head)
                    || MarketReferences.allShare(tokens, start) == head + 1) {
                continue;
            }
            if (knownInside(tokens, start, head, lexicon)) {
                continue;
            }
            start = afterPlaceAndExchange(tokens, start, head);
            if (head - start < 1) {
                continue;
            }
            Mention acronym = acronymAfter(tokens, head + 1, lexicon);
            if (acronym != null) {
                found.add(new Mention(acronym.instrument(), start, acronym.last() + 1, true, "index by its acronym"));
                continue;
            }
            if (tokens.get(head).text().equals("index")) {
                start = acronymStart(tokens, start, head);
            }
            String name = memberOfGluedFamily(tokens, start, head, lexicon);
            name = name != null ? name : join(tokens, start, head + 1);
            if (exchangeAcronymBefore(tokens, start)) {
                start -= 3;
                name = tokens.get(start + 1).text() + " " + name;
            }
            found.add(new Mention(new Instrument(name, null, kind(tokens, start, head)), start, head + 1, true,
                    "index by its name"));
        }
        return found;
    }

    /** The index its acronym in parentheses names when the lexicon knows it: "All Share Price Index (ASPI)". */
    private static Mention acronymAfter(List<Token> tokens, int open, InstrumentLexicon lexicon) {
        if (open + 2 >= tokens.size() || !tokens.get(open).is("(") || !tokens.get(open + 2).is(")")) {
            return null;
        }
        Mention known = lexicon.match(tokens, open + 1);
        return known != null && known.last() == open + 2 && known.instrument().kind() == Kind.INDEX ? known : null;
    }

    /**
     * Whether an exchange's acronym in brackets stands right before the name that starts at {@code start}, after the
     * exchange's own name: "the Nairobi Securities Exchange (NSE) 20-Share Index" is the NSE 20-Share Index.
     */
    private static boolean exchangeAcronymBefore(List<Token> tokens, int start) {
        return start >= 4 && tokens.get(start - 1).is(")") && tokens.get(start - 3).is("(")
                && isAcronym(tokens.get(start - 2)) && tokens.get(start - 4).isCapitalized();
    }

    /** "EGX 70 index" named as its family's known member is ("EGX30"): "EGX70"; null for other names. */
    private static String memberOfGluedFamily(List<Token> tokens, int start, int head, InstrumentLexicon lexicon) {
        if (head - start != 2 || !tokens.get(start + 1).isNumber()
                || !lexicon.gluesMemberCount(tokens.get(start).text())) {
            return null;
        }
        return tokens.get(start).text() + tokens.get(start + 1).text();
    }

    /** Whether the lexicon knows a name inside the run that reaches its head: "Hong Kong Hang Seng Index". */
    private static boolean knownInside(List<Token> tokens, int start, int head, InstrumentLexicon lexicon) {
        for (int i = start; i < head; i++) {
            Mention known = lexicon.match(tokens, i);
            if (known != null && known.last() >= head) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the name starts after a market and a stock exchange written before it: "Colombo Stock Exchange ...", or
     * after a place that only leads its exchange's acronym: "Bahamas BISX All Share Index".
     */
    private static int afterPlaceAndExchange(List<Token> tokens, int start, int head) {
        int from = start;
        int place = Markets.nameEnd(tokens, from);
        if (place > from && place < head) {
            from = place;
        } else if (from + 1 < head && PLACES.contains(tokens.get(from)) && isAcronym(tokens.get(from + 1))) {
            from++;
        }
        for (int i = from; i < head; i++) {
            if (tokens.get(i).is("exchange") || tokens.get(i).is("bourse")) {
                from = i + 1;
            }
        }
        return from;
    }

    /**
     * Whether a name written before a lowercase "index" is an acronym and a number ("EGX 70", "VN30"): such a name is
     * an index's own, where capitalized words alone may be a place or a family ("the Abu Dhabi index").
     */
    private static boolean numberedAcronym(List<Token> tokens, int start, int head) {
        boolean acronym = false;
        boolean number = false;
        for (int i = start; i < head; i++) {
            acronym |= isAcronym(tokens.get(i));
            number |= tokens.get(i).text().chars().anyMatch(Character::isDigit);
        }
        return acronym && number;
    }

    /** Where a numbered acronym's name starts, after the words that describe it ("Sharia-compliant EGX33 index"). */
    private static int acronymStart(List<Token> tokens, int start, int head) {
        for (int i = start; i < head; i++) {
            if (isAcronym(tokens.get(i))) {
                return i;
            }
        }
        return start;
    }

    private static boolean isAcronym(Token token) {
        String text = token.text();
        long capitals = text.chars().filter(c -> c >= 'A' && c <= 'Z').count();
        return token.isWord() && capitals >= 2 && capitals == text.chars().filter(Character::isLetter).count();
    }

    private static boolean isNameWord(Token t) {
        return t.isCapitalized() || t.isNumber() && t.unit() == Token.Unit.NONE || JOINING.contains(t.text());
    }

    private static Kind kind(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            if (CURRENCY_WORDS.contains(tokens.get(i))) {
                return Kind.FX;
            }
        }
        return Kind.INDEX;
    }

    /**
     * Whether the token at {@code i} is written against the one before it in a name however the text spaces them: a
     * slash and the word after it ("S&P / BVL" is "S&P/BVL"), an ampersand between initials and the initial after it
     * ("S & P" is "S&P").
     */
    private static boolean joinsInitials(List<Token> tokens, int i) {
        int mark = tokens.get(i).is("/") || tokens.get(i).is("&") ? i : i - 1;
        if (mark < 1 || mark + 1 >= tokens.size()) {
            return false;
        }
        return tokens.get(mark).is("/") || tokens.get(mark).is("&") && initial(tokens.get(mark - 1))
                && initial(tokens.get(mark + 1));
    }

    private static boolean initial(Token token) {
        return token.text().length() == 1 && Character.isUpperCase(token.text().charAt(0));
    }

    private static String join(List<Token> tokens, int start, int end) {
        StringBuilder name = new StringBuilder();
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            boolean glued = i > start && (t.start() == tokens.get(i - 1).end() || joinsInitials(tokens, i));
            name.append(i > start && !glued ? " " : "").append(t.text());
        }
        return name.toString();
    }
}
