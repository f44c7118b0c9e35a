-- Readers name an instrument by its symbol as often as by its name (subject=^GSPC, subject=NVDA): the symbol is
-- looked up in an index of its own, upper case as tickers are written.
create index figure_symbol on figure (upper(symbol), article_id) where symbol is not null;
