package dev.newsflow.query.article.domain;

import jakarta.persistence.Embeddable;

/** A link of the article's Sources section. */
@Embeddable
public class CitedSource {

    public String title;
    public String url;
}
