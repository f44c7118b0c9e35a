/* Newsflow dashboard: draws the charts of a page (uPlot); on the front page, puts new articles on top as they arrive
   and marks withdrawn ones. */
(function () {
  'use strict';

  var COLORS = ['#1f5fa8', '#b0361b', '#2d7a3a', '#6b4fa0', '#8a5a00', '#0f7478', '#a3245f', '#4a4a4a'];

  function drawCharts() {
    var figures = document.querySelectorAll('figure[data-chart]');
    Array.prototype.forEach.call(figures, function (figure) {
      var source = document.getElementById(figure.getAttribute('data-chart'));
      if (!source || typeof uPlot === 'undefined') {
        return;
      }
      var chart = JSON.parse(source.textContent);
      var kind = figure.getAttribute('data-kind');
      var series = [{}];
      var data = [chart.x];
      var points = 0;
      chart.series.forEach(function (s, i) {
        var color = COLORS[i % COLORS.length];
        var spec = { label: s.label, stroke: color, width: 2, points: { show: true, size: 6, fill: color } };
        if (kind === 'points') {
          spec.paths = function () { return null; };
          spec.points = { show: true, size: 8, fill: color };
        }
        series.push(spec);
        data.push(s.values);
        s.values.forEach(function (v) { if (v !== null) { points++; } });
      });
      var plot = new uPlot({
        width: Math.max(figure.clientWidth, 280),
        height: 260,
        series: series,
        axes: [{}, { size: 60 }],
        cursor: { points: { size: 9 } },
        hooks: {
          ready: [function (u) {
            u.over.addEventListener('click', function () {
              var link = u.cursor.idx === null || u.cursor.idx === undefined ? null : chart.links[u.cursor.idx];
              if (link) {
                window.location.href = link;
              }
            });
          }]
        }
      }, data, figure);
      figure.setAttribute('data-points', String(points));
      figure.setAttribute('data-drawn', 'true');
      window.addEventListener('resize', function () {
        plot.setSize({ width: Math.max(figure.clientWidth, 280), height: 260 });
      });
    });
  }

  function shown(iso) {
    var match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso || '');
    return match ? match[1] + ' ' + match[2] + ' ' + (match[3] === 'Z' ? '+00:00' : match[3]) : (iso || '');
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function articleItem(article) {
    var item = element('li', 'article fresh');
    item.setAttribute('data-id', article.id);
    var title = element('a', 'title', article.title);
    title.href = '/articles/' + encodeURIComponent(article.id);
    item.appendChild(title);
    var meta = element('div', 'meta');
    var time = element('time', null, shown(article.publishedAt));
    time.setAttribute('datetime', article.publishedAt);
    meta.appendChild(time);
    if (article.category) {
      meta.appendChild(element('span', 'category', article.category));
    }
    var label = article.sentimentLabel;
    var sentiment = element('span', 'sentiment sentiment-' + (label ? label.toLowerCase().replace(/[^a-z]/g, '') : 'none'),
      (label || 'No sentiment') + (article.sentimentScore === null || article.sentimentScore === undefined ? '' : ' (' + article.sentimentScore + ')'));
    meta.appendChild(sentiment);
    meta.appendChild(element('span', 'figures', article.figureCount + ' figures'));
    item.appendChild(meta);
    return item;
  }

  function followArticles() {
    var list = document.getElementById('articles');
    if (!list || list.getAttribute('data-live') !== 'true' || typeof EventSource === 'undefined') {
      return;
    }
    var status = document.getElementById('live-status');
    var arrived = 0;
    var withdrawn = 0;
    function tell() {
      var told = [];
      if (arrived > 0) {
        told.push(arrived + (arrived === 1 ? ' new article' : ' new articles'));
      }
      if (withdrawn > 0) {
        told.push(withdrawn + (withdrawn === 1 ? ' article' : ' articles') + ' withdrawn');
      }
      status.textContent = told.join(', ') + ' since this page opened.';
    }
    var source = new EventSource('/api/articles/stream');
    source.addEventListener('article', function (event) {
      var article = JSON.parse(event.data);
      var old = list.querySelector('li[data-id="' + CSS.escape(article.id) + '"]');
      if (old) {
        old.parentNode.removeChild(old);
      }
      list.insertBefore(articleItem(article), list.firstChild);
      var empty = document.querySelector('p.empty');
      if (empty) {
        empty.parentNode.removeChild(empty);
      }
      arrived++;
      tell();
    });
    source.addEventListener('retracted', function (event) {
      var retraction = JSON.parse(event.data);
      var item = list.querySelector('li[data-id="' + CSS.escape(retraction.id) + '"]');
      if (!item || item.classList.contains('withdrawn')) {
        return;
      }
      item.classList.remove('fresh');
      item.classList.add('withdrawn');
      item.querySelector('.meta').appendChild(element('span', 'withdrawn-note', 'Withdrawn: ' + retraction.reason));
      withdrawn++;
      tell();
    });
  }

  function linkFigures() {
    Array.prototype.forEach.call(document.querySelectorAll('a.figure-link'), function (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        var mark = document.querySelector('mark.figure[data-figure="' + link.getAttribute('data-figure') + '"]');
        if (mark) {
          mark.scrollIntoView({ block: 'center' });
          mark.focus();
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawCharts();
    followArticles();
    linkFigures();
  });
}());
