package dev.newsflow.query.article.domain;

import dev.newsflow.contracts.article.MarketFigure.Direction;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.contracts.article.MarketFigure.Qualifier;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One market figure the article's text gives. */
@Embeddable
public class Figure {

    public String subject;
    public String symbol;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "change_percent")
    public Double changePercent;
    @Column(name = "change_points")
    public Double changePoints;
    @Column(name = "change_bp")
    public Double changeBp;
    public Double level;
    public String currency;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    @Enumerated(EnumType.STRING)
    public Period period;
    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;
    public String sentence;
    @Column(name = "start_offset")
    public Integer start;
    @Column(name = "end_offset")
    public Integer end;
}
