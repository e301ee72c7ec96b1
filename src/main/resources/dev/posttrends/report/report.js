// posttrends report: draws the page from the JSON in #report-data. Untrusted text (titles,
// categories, tags, keywords, sentences, paths, URLs) only ever reaches the DOM as textContent or,
// for links, as an href that is an absolute http(s) URL; no innerHTML, no inline handlers.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var root = document.getElementById('report');
  var FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", ' +
    '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
  var PERIODS = ['day', 'week', 'month', 'quarter', 'year'];
  var charts = {};

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function fmt(v, digits) {
    if (v === null || v === undefined) { return '–'; }
    if (typeof v === 'number') {
      return v.toLocaleString('en-US', {maximumFractionDigits: digits === undefined ? 2 : digits});
    }
    return String(v);
  }
  function safeHref(url) {
    return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
  }
  function link(text, url) {
    var href = safeHref(url);
    if (!href) { return el('span', text); }
    var a = el('a', text);
    a.href = href;
    a.rel = 'noopener noreferrer nofollow';
    a.target = '_blank';
    return a;
  }
  function section(id, title, note) {
    var s = el('section');
    s.id = id;
    s.appendChild(el('h2', title));
    if (note) { s.appendChild(el('p', note, 'note')); }
    root.appendChild(s);
    return s;
  }
  function table(headers, rows) {
    var t = el('table');
    var tr = el('tr');
    headers.forEach(function (h) { tr.appendChild(el('th', h)); });
    var head = el('thead');
    head.appendChild(tr);
    t.appendChild(head);
    var body = el('tbody');
    rows.forEach(function (cells) {
      var r = el('tr');
      cells.forEach(function (c) {
        var td = el('td');
        if (c instanceof Node) { td.appendChild(c); } else { td.textContent = fmt(c); }
        r.appendChild(td);
      });
      body.appendChild(r);
    });
    t.appendChild(body);
    return t;
  }
  function chartBox(parent, id) {
    var box = el('div', null, 'chart');
    box.id = id;
    parent.appendChild(box);
    return box;
  }
  function chart(box, option) {
    var c = echarts.init(box, null, {renderer: 'canvas'});
    option.textStyle = {fontFamily: FONT};
    option.animation = false;
    c.setOption(option, true);
    charts[box.id] = c;
    return c;
  }
  function switcher(parent, periods, current, onPick) {
    var bar = el('div', null, 'switch');
    PERIODS.forEach(function (p) {
      if (!periods[p] || periods[p].starts.length === 0) { return; }
      var b = el('button', p);
      b.type = 'button';
      b.setAttribute('data-period', p);
      if (p === current) { b.className = 'active'; }
      b.addEventListener('click', function () {
        Array.prototype.forEach.call(bar.children, function (x) { x.className = ''; });
        b.className = 'active';
        onPick(p);
      });
      bar.appendChild(b);
    });
    parent.appendChild(bar);
  }
  function lineOption(periods, period, yName, marks) {
    var p = periods[period] || {starts: [], series: []};
    return {
      tooltip: {trigger: 'axis'},
      legend: {type: 'scroll', top: 0},
      grid: {left: 60, right: 30, top: 40, bottom: 60},
      xAxis: {type: 'category', data: p.starts},
      yAxis: {type: 'value', name: yName},
      dataZoom: [{type: 'inside'}, {type: 'slider', height: 18, bottom: 8}],
      series: p.series.map(function (s) {
        var points = [];
        if (marks) {
          s.spikes.forEach(function (isSpike, i) {
            if (isSpike) { points.push({coord: [i, s.values[i]], value: s.values[i], name: 'spike'}); }
          });
        }
        // sparse figures (money, changes) join their points; post counts are dense
        return {name: s.key, type: 'line', showSymbol: !marks, symbolSize: 4, connectNulls: !marks, data: s.values,
          markPoint: points.length ? {symbol: 'pin', symbolSize: 34, data: points} : undefined};
      })
    };
  }
  function empty(parent, what) { parent.appendChild(el('p', 'No ' + what + ' in this output.', 'empty')); }

  // 1. The run
  var run = data.run;
  var s1 = section('run', 'The run');
  var reasons = Object.keys(run.rejects_by_reason || {}).map(function (k) {
    return k + ' ' + run.rejects_by_reason[k];
  }).join(', ');
  var facts = [
    ['Inputs', fmt(run.inputs) + ' (' + fmt(run.files_read) + ' files read)'],
    ['Posts', fmt(run.posts)], ['Rejects', fmt(run.rejects) + (reasons ? ' — ' + reasons : '')],
    ['Dates covered', (run.first_date || '–') + ' … ' + (run.last_date || '–')],
    ['Media (categories)', fmt(run.media)], ['Time zone', run.timezone],
    ['Duration', fmt(run.duration_seconds, 1) + ' s'],
    ['Versions', 'posttrends ' + (run.versions.posttrends || '?') + ', Spark ' + (run.versions.spark || '?') +
      ', Java ' + (run.versions.java || '?')],
    ['Run', (run.run_id || '') + ' · ' + (run.status || '') + ' · ' + (run.finished_at || '')]
  ];
  var dl = el('dl', null, 'facts');
  facts.forEach(function (f) { dl.appendChild(el('dt', f[0])); dl.appendChild(el('dd', f[1])); });
  s1.appendChild(dl);

  // 2. Volume over time
  var caps = data.caps;
  var s2 = section('volume', 'Posts per period',
    'Top ' + caps.categories + ' categories by posts; the latest ' + caps.points_per_period +
    ' periods of each type; pins mark spikes. Click a legend entry to hide a category.');
  var volume = data.volume;
  if (volume.categories.length) {
    var vbox;
    var pickVolume = function (p) {
      charts['volume-chart'].setOption(lineOption(volume.periods, p, 'posts', true), true);
      vbox.setAttribute('data-period', p);
    };
    switcher(s2, volume.periods, volume.default_period, pickVolume);
    vbox = chartBox(s2, 'volume-chart');
    chart(vbox, lineOption(volume.periods, volume.default_period, 'posts', true));
    vbox.setAttribute('data-period', volume.default_period);
  } else { empty(s2, 'categorized posts'); }

  // 3. Spikes
  var s3 = section('spikes', 'Spikes',
    'The latest ' + caps.spikes + ' spikes (z-score ≥ 3 and ≥ 5 posts) with the ' +
    caps.titles_per_spike + ' longest titled posts of each.');
  if (data.spikes.length) {
    s3.appendChild(table(['category', 'period', 'start', 'posts', 'rolling avg', 'z-score', 'top titles'],
      data.spikes.map(function (s) {
        var list = el('ul', null, 'titles');
        s.titles.forEach(function (t) { var li = el('li'); li.appendChild(link(t.title, t.url)); list.appendChild(li); });
        return [s.category, s.period, s.period_start, s.post_count, fmt(s.rolling_avg, 1), fmt(s.zscore, 1), list];
      })));
  } else { empty(s3, 'spikes'); }

  // 4. Rising terms; top keywords and tags per category
  var s4 = section('terms', 'Rising terms',
    'Emerging keywords of the latest period of each type (lift ≥ 3 with ≥ 5 posts, or first seen), ' +
    caps.rising_per_period + ' per type; then the ' + caps.terms_per_category +
    ' most frequent keywords and tags of each top category.');
  if (data.rising.length) {
    var byType = {};
    data.rising.forEach(function (r) { (byType[r.period] = byType[r.period] || []).push(r); });
    var first = PERIODS.filter(function (p) { return byType[p]; })[0];
    var rising = byType[first];
    var rbox = chartBox(s4, 'rising-chart');
    chart(rbox, {
      title: {text: first + ' of ' + rising[0].period_start, left: 'center', textStyle: {fontSize: 13}},
      tooltip: {}, grid: {left: 120, right: 30, top: 30, bottom: 30},
      xAxis: {type: 'value', name: 'posts'},
      yAxis: {type: 'category', inverse: true, data: rising.map(function (r) { return r.keyword; })},
      series: [{type: 'bar', data: rising.map(function (r) { return r.post_count; })}]
    });
    s4.appendChild(table(['period', 'start', 'keyword', 'posts', 'share', 'lift', 'first seen'],
      data.rising.map(function (r) {
        return [r.period, r.period_start, r.keyword, r.post_count, fmt(r.share, 4), fmt(r.lift, 2), r.is_first_seen ? 'yes' : ''];
      })));
  } else { empty(s4, 'emerging keywords'); }
  function chips(items, name) {
    var p = el('p', null, 'chips');
    items.forEach(function (i) { p.appendChild(el('span', i[name] + ' ' + i.posts, 'chip')); });
    return p;
  }
  if (data.category_keywords.length) {
    s4.appendChild(el('h3', 'Top keywords and tags per category'));
    s4.appendChild(table(['category', 'keywords (posts)', 'tags (posts)'],
      data.category_keywords.map(function (c, i) {
        return [c.category, chips(c.items, 'term'), chips((data.category_tags[i] || {items: []}).items, 'tag')];
      })));
  }

  // 4b. Names in the news
  var s4b = section('names', 'Names in the news',
    'The companies, people, organizations, places and indices most posts of the latest period of each type name ' +
    '(table entities, trends/entity_period), ' + caps.names_per_period + ' per type, with their stock code.');
  if (data.names.length) {
    var namesByType = {};
    data.names.forEach(function (r) { (namesByType[r.period] = namesByType[r.period] || []).push(r); });
    // the shortest period type whose latest period names someone in 3 posts or more; else the
    // type whose top name has the most posts (a small batch: its year)
    var types = PERIODS.filter(function (p) { return namesByType[p]; });
    var namesType = types.filter(function (p) { return namesByType[p][0].post_count >= 3; })[0] ||
      types.reduce(function (a, b) { return namesByType[b][0].post_count > namesByType[a][0].post_count ? b : a; });
    var shown = namesByType[namesType];
    var nbox = chartBox(s4b, 'names-chart');
    chart(nbox, {
      title: {text: namesType + ' of ' + shown[0].period_start, left: 'center', textStyle: {fontSize: 13}},
      tooltip: {}, grid: {left: 140, right: 30, top: 30, bottom: 30},
      xAxis: {type: 'value', name: 'posts'},
      yAxis: {type: 'category', inverse: true, data: shown.map(function (r) { return r.code ? r.entity + ' ' + r.code : r.entity; })},
      series: [{type: 'bar', data: shown.map(function (r) { return r.post_count; })}]
    });
    var ordered = [];
    types.forEach(function (p) { ordered = ordered.concat(namesByType[p]); });
    s4b.appendChild(table(['period', 'start', 'name', 'type', 'code', 'posts', 'growth', 'spike'],
      ordered.map(function (r) {
        return [r.period, r.period_start, r.entity, r.type, r.code || '', r.post_count,
          r.pop_growth == null ? '' : fmt(r.pop_growth, 2), r.is_spike ? 'yes' : ''];
      })));
  } else { empty(s4b, 'named entities'); }

  // 5. Figures
  var s5 = section('figures', 'Figures reported',
    'Money in CNY per top category and period, in 亿元 (10^8 yuan); other currencies apart; the mean ' +
    'reported change of percentages per category and period; the ' + caps.largest_figures + ' largest single CNY figures.');
  var money = data.money;
  var moneyDefault = money.periods.month && money.periods.month.starts.length ? 'month' : volume.default_period;
  var hasMoney = PERIODS.some(function (p) { return money.periods[p] && money.periods[p].starts.length; });
  if (hasMoney) {
    var mbox;
    switcher(s5, money.periods, moneyDefault, function (p) {
      charts['money-chart'].setOption(lineOption(money.periods, p, '亿元', false), true);
      mbox.setAttribute('data-period', p);
    });
    mbox = chartBox(s5, 'money-chart');
    chart(mbox, lineOption(money.periods, moneyDefault, '亿元', false));
    mbox.setAttribute('data-period', moneyDefault);
  } else { empty(s5, 'CNY figures'); }
  if (money.other_currencies.length) {
    s5.appendChild(el('h3', 'Other currencies (whole batch)'));
    s5.appendChild(table(['currency', 'sum', 'mentions'], money.other_currencies.map(function (c) {
      return [c.unit, c.sum_value, c.mentions];
    })));
  }
  var pct = data.percent_change.periods;
  var hasPct = PERIODS.some(function (p) { return pct[p] && pct[p].starts.length; });
  if (hasPct) {
    s5.appendChild(el('h3', 'Mean reported change of percentages per category (up +, down −), in %'));
    var pctDefault = pct.month && pct.month.starts.length ? 'month' : volume.default_period;
    var pbox;
    switcher(s5, pct, pctDefault, function (p) {
      charts['percent-chart'].setOption(lineOption(pct, p, '%', false), true);
      pbox.setAttribute('data-period', p);
    });
    pbox = chartBox(s5, 'percent-chart');
    chart(pbox, lineOption(pct, pctDefault, '%', false));
    pbox.setAttribute('data-period', pctDefault);
  }
  if (data.largest.length) {
    s5.appendChild(el('h3', 'Largest single figures (CNY)'));
    s5.appendChild(table(['亿元', 'as written', 'sentence', 'post', 'category', 'date'],
      data.largest.map(function (f) {
        return [f.value_yi, f.surface, f.sentence, link(f.title || f.post_id, f.source_url), f.category, f.published_date];
      })));
  }

  // 6. Data quality
  var s6 = section('quality', 'Data quality',
    'Rejected inputs by reason with up to ' + caps.reject_examples + ' examples each, and posts read with tolerance.');
  var examples = {};
  data.quality.examples.forEach(function (e) { (examples[e.reason] = examples[e.reason] || []).push(e); });
  var qrows = Object.keys(data.quality.rejects_by_reason || {}).map(function (reason) {
    var list = el('ul', null, 'examples');
    (examples[reason] || []).forEach(function (e) {
      var li = el('li');
      li.appendChild(el('code', e.source_path));
      li.appendChild(el('span', ' — ' + e.message));
      list.appendChild(li);
    });
    return [reason, data.quality.rejects_by_reason[reason], list];
  });
  if (qrows.length) { s6.appendChild(table(['reason', 'inputs', 'examples'], qrows)); } else { empty(s6, 'rejects'); }
  s6.appendChild(table(['posts read with tolerance', 'count'], [
    ['front matter read leniently (not valid YAML)', run.lenient],
    ['date without UTC offset (job time zone assumed)', run.offset_assumed],
    ['date taken from the file name', run.filename_dates],
    ['published: false (kept, not in trends)', run.unpublished]]));

  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (k) { charts[k].resize(); });
  });
  document.body.setAttribute('data-rendered', 'true');
})();
