// The reporter page. Routes live in the hash so a link can be shared:
//   #/search/<text>  #/person/<name>  #/event/<id or name>  #/org/<name>  #/park/<name>
//   #/position/<title>  #/entity/<name>  #/article/<id>[?s=<sentence to highlight>]
//   #/events[?from=YYYY-MM-DD&to=YYYY-MM-DD]  #/person/<name>?from=…&to=…  #/articles (add, list, remove)
// Everything is read from the app's own API; nothing is fetched from elsewhere.
'use strict';

const ROLE = {
  attended: '出席', chaired: '主持', spoke: '讲话', met: '会见', led: '带队', inspected: '调研',
  accompanied: '陪同', signed: '签约', announced: '宣布', witnessed: '见证',
  host: '主办', co_host: '协办', undertaker: '承办'
};
const KIND = {
  meeting: '会议', forum: '论坛', ceremony: '仪式', signing: '签约', inspection: '调研', visit: '会见', other: '活动'
};
const LABEL = {
  Person: '人物', Official: '官员', Reporter: '记者', Organization: '机构', Park: '园区', Project: '项目',
  Event: '活动', Position: '职务', Place: '地点', Article: '文章'
};

const $content = document.getElementById('content');
const $status = document.getElementById('status');
const $graphSection = document.getElementById('graph-section');
let cy = null;

// ---- small helpers -------------------------------------------------------------------------

/** Builds an element; text is always set as text, never parsed as HTML. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const enc = encodeURIComponent;
const link = (route, text, cls) => h('a', { href: '#/' + route, class: cls }, text);
const personLink = (name, key) => link('person/' + enc(key || name), name, 'person');
/** A person with their region and latest title beside the name, so namesakes are told apart. */
const who = (region, title) => (region || title)
  ? h('span', { class: 'who muted' }, '（' + [region, title].filter(Boolean).join(' · ') + '）') : null;
const personRef = p => [personLink(p.person || p.name, p.key), who(p.region, p.title)];
const eventLink = (idOrName, text) => link('event/' + enc(idOrName), text || idOrName, 'event');
const articleLink = (id, sentence, text, title) => {
  const a = link('article/' + enc(id) + (sentence ? '?s=' + enc(sentence) : ''), text || '原文', 'article-link');
  if (title) a.title = title;
  return a;
};
/** An article's headline; one printed without a headline goes by its opening words, not its file name. */
const opening = text => { const t = (text || '').trim().split('\n')[0].split('。')[0].trim(); return t ? t.slice(0, 40) + '…' : null; };
const headline = a => a.title || (a.lead ? a.lead + '…' : null) || opening(a.text) || a.file || a.id;
const roles = list => (list || []).map(r => ROLE[r] || r).join('、');
const date = d => d || '日期不详';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Dates are ISO strings (YYYY-MM-DD), so they compare as text. Undated events fall outside any range. */
const inRange = (d, from, to) => (!from && !to) || (d && (!from || d >= from) && (!to || d <= to));

/**
 * A from–to form that keeps the range in the page's address (#/route?from=…&to=…), so a filtered
 * timeline or event list can be shared or bookmarked like any other page.
 */
function rangeForm(route, from, to) {
  const input = (name, value, label) => h('label', {}, label, ' ',
    h('input', { type: 'date', name, value: value || '', class: 'range-' + name }));
  const form = h('form', { class: 'range' }, input('from', from, '从'), ' ', input('to', to, '到'), ' ',
    h('button', { type: 'submit' }, '按日期筛选'), ' ',
    (from || to) ? link(route, '清除', 'range-clear') : null);
  form.addEventListener('submit', e => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const k of ['from', 'to']) { const v = form.elements[k].value; if (ISO_DAY.test(v)) q.set(k, v); }
    location.hash = '#/' + route + (q.toString() ? '?' + q : '');
  });
  return form;
}
const rangeText = (from, to) => (from || to) ? `（${from || '最早'} 至 ${to || '最近'}）` : '';

function yuan(n) {
  if (n === null || n === undefined) return '未说明';
  if (n >= 1e8) return (n / 1e8).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) + ' 亿元';
  if (n >= 1e4) return (n / 1e4).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) + ' 万元';
  return n.toLocaleString('zh-CN') + ' 元';
}

async function api(path, body, options) {
  const init = body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
  };
  Object.assign(init, options || {});
  const r = await fetch(path, init);
  if (r.status === 404 && !(options && options.method)) return null;
  if (!r.ok) {
    let detail = r.statusText;
    try { detail = (await r.json()).detail || detail; } catch (e) { /* not JSON */ }
    throw new Error(detail);
  }
  return r.json();
}
const query = (name, params) => api('/api/queries/' + enc(name), params).then(r => (r && r.rows) || []); // the API leaves empty lists out

function card(title, ...body) {
  return h('section', { class: 'card' }, h('h2', {}, title), ...body);
}

/**
 * Evidence as the API gives it ({sentence, start, end, articleId, articleTitle, href}), each linked to
 * its article; a saved query run raw (neighbourhood) gives bare sentences.
 */
function evidenceBlock(evidence) {
  return (evidence || []).map(x => typeof x === 'string' ? { sentence: x } : x).map(x => h('blockquote', { class: 'evidence' },
    x.sentence || '（文章未给出句子）', ' ', x.articleId ? articleLink(x.articleId, x.sentence, '原文', x.articleTitle) : null));
}

/**
 * A link that downloads rows as CSV for a fact-check sheet: UTF-8 with a BOM (so spreadsheet programs
 * read the Chinese), every cell quoted, CRLF line ends (RFC 4180); a cell that a spreadsheet would
 * take for a formula (= + - @) is prefixed with an apostrophe.
 */
function csvLink(filename, header, rows) {
  const cell = v => {
    let t = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@]/.test(t)) t = "'" + t;
    return '"' + t.replace(/"/g, '""') + '"';
  };
  const text = '\ufeff' + [header, ...rows].map(r => r.map(cell).join(',')).join('\r\n') + '\r\n';
  const href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  return h('a', { class: 'csv', href, download: filename }, '导出 CSV');
}

/** The evidence sentences of a fact in one cell, and its articles (headline or id) in another. */
const evidenceCells = evidence => [(evidence || []).map(x => x.sentence).join(' / '),
  (evidence || []).map(x => x.articleTitle || x.articleId).join(' / ')];

function notFound(what, name) {
  $content.replaceChildren(card('未找到', h('p', {}, `没有名为「${name}」的${what}。`),
    h('p', {}, link('search/' + enc(name), '按名称搜索 ' + name))));
}

// ---- pages ---------------------------------------------------------------------------------

async function home() {
  const latest = await api('/api/events?size=15');
  const items = ((latest && latest.items) || []).map(e => h('li', {},
    h('span', { class: 'date' }, date(e.date)), ' ', eventLink(e.id, e.name),
    e.place ? h('span', { class: 'muted' }, ' · ' + e.place) : null));
  $content.replaceChildren(
    card('查找', h('p', {}, '输入人物、机构、园区或活动的名称（或其中几个字），例如 ',
      link('search/' + enc('林海峰'), '林海峰'), '、', link('search/' + enc('自贸片区'), '自贸片区'),
      '（演示数据中的名称）。')),
    card('最新活动', items.length ? h('ul', { class: 'plain' }, items) : h('p', { class: 'muted' }, '图谱中还没有活动。'),
      h('p', { class: 'note' }, '按日期查找活动：'), rangeForm('events', null, null)),
    card('添加新闻', h('p', {}, link('articles', '粘贴一篇新闻'), '，抽取其中的人物、职务与活动并写入图谱；也可以查看或删除已导入的文章。')));
}

const ROUTE_OF = { Person: 'person', Organization: 'org', Park: 'park', Event: 'event', Position: 'position' };

async function search(q) {
  document.getElementById('q').value = q;
  const r = await api('/api/search?q=' + enc(q) + '&limit=50');
  const results = (r && r.results) || [];
  // A person is linked by name (a readable URL) unless namesakes share it: then by key (王军@临江市).
  const people = results.filter(x => (x.labels || []).includes('Person')).map(x => x.name);
  const shared = name => people.indexOf(name) !== people.lastIndexOf(name);
  const list = results.map(x => {
    const kind = (x.labels || []).find(l => ROUTE_OF[l]) || 'Project';
    const route = (ROUTE_OF[kind] || 'entity') + '/' + enc(kind === 'Person' && shared(x.name) ? (x.id || x.name) : kind === 'Event' ? (x.id || x.name) : x.name);
    return h('li', { class: 'result' },
      h('span', { class: 'badge ' + kind }, LABEL[kind] || kind), ' ',
      link(route, x.name, 'result-name'), kind === 'Person' ? who(x.region, x.title) : null,
      x.date ? h('span', { class: 'muted' }, ' · ' + x.date) : null,
      (x.aliases || []).length ? h('span', { class: 'muted' }, ' · 又称 ' + x.aliases.join('、')) : null);
  });
  $content.replaceChildren(card(`「${q}」的搜索结果（${r && r.total > results.length ? results.length + ' / ' + r.total : results.length}）`,
    list.length ? h('ul', { class: 'plain results' }, list) : h('p', { class: 'muted' }, '没有找到。换几个字试试。')));
}

async function person(name, from, to) {
  const p = await api('/api/people/' + enc(name));
  if (!p) return notFound('人物', name);
  // Who else was at each event: from the co-attendance list (person → shared events), by event id.
  const withWhom = {};
  for (const c of p.coAttendees || []) {
    for (const e of c.events || []) (withWhom[e.id] = withWhom[e.id] || []).push(c);
  }
  const titles = (p.titles || []).map(t => h('tr', {},
    h('td', {}, t.title), h('td', {}, t.organization ? link('org/' + enc(t.organization), t.organization) : ''),
    h('td', { class: 'date' }, (t.since || '?') + (t.until && t.until !== t.since ? ' — ' + t.until : ''))));
  // Newest first; undated events (the query puts them first) go last. A date range keeps dated ones only.
  const all = p.events || [];
  const dated = all.filter(e => e.date && inRange(e.date, from, to)), undated = from || to ? [] : all.filter(e => !e.date);
  const shown = [...dated, ...undated];
  const events = shown.map(e => h('li', { class: 'timeline-item' },
    h('div', { class: 'when' }, date(e.date)),
    h('div', { class: 'what' },
      h('div', { class: 'event-title' }, eventLink(e.id || e.name, e.name),
        h('span', { class: 'muted' }, ' · ' + (KIND[e.kind] || e.kind || '') + (e.place ? ' · ' + e.place : ''))),
      h('div', { class: 'roles' }, '角色：', roles(e.roles)),
      (withWhom[e.id] || []).length ? h('div', { class: 'with' }, '同场：',
        withWhom[e.id].flatMap((c, i) => (i ? ['、', ...personRef(c)] : personRef(c)))) : null,
      evidenceBlock(e.evidence))));
  $content.replaceChildren(
    h('section', { class: 'card head' }, h('h1', {}, p.name),
      h('p', { class: 'muted person-who' }, (p.roles || []).map(r => LABEL[r] || r).join('、') || '人物',
        p.region ? ' · ' + p.region : ' · 地区不详', p.title ? ' · ' + p.title : '',
        ` · 出现在 ${p.mentionedIn} 篇文章 · 参加 ${(p.events || []).length} 项活动` + (p.wrote ? ` · 撰写 ${p.wrote} 篇` : '')),
      (p.namesakes || []).length ? h('p', { class: 'namesakes' }, '同名的其他人：',
        p.namesakes.flatMap((n, i) => (i ? ['、', ...personRef(n)] : personRef(n)))) : null),
    card('职务变化', titles.length ? h('table', { class: 'titles' },
      h('thead', {}, h('tr', {}, h('th', {}, '职务'), h('th', {}, '机构'), h('th', {}, '见于（首次 — 最后）'))),
      h('tbody', {}, titles)) : h('p', { class: 'muted' }, '文章中没有写到此人的职务。'),
      h('p', { class: 'note' }, '日期是文章中见到该职务的首末日期，不是任免日期。')),
    card('活动时间线' + rangeText(from, to), rangeForm('person/' + enc(name), from, to),
      events.length ? h('ol', { class: 'timeline' }, events)
        : h('p', { class: 'muted' }, all.length ? '这段时间没有记录的活动。' : '没有记录的活动。'),
      events.length ? h('p', { class: 'export' }, csvLink(name + (from || to ? `-${from || ''}至${to || ''}` : '') + '-活动时间线.csv',
        ['日期', '活动', '类型', '地点', '角色', '同场', '证据句', '文章'],
        shown.map(e => [e.date || '', e.name, KIND[e.kind] || e.kind || '', e.place || '', roles(e.roles),
          (withWhom[e.id] || []).map(c => c.name).join('、'), ...evidenceCells(e.evidence)]))) : null));
  await graph(p.key || name);
}

/**
 * The title an attendee held at this event, as the reporting articles give it (not their title of
 * today: a 区长 of 2023 may be 市长 by now); the latest title only when those articles give none.
 */
function thenTitle(a) {
  const then = (a.titlesAtEvent || []).join('、');
  if (then) return h('span', { class: 'who then-title' }, '（' + [a.region, then].filter(Boolean).join(' · ') + '）');
  return who(a.region, a.title ? '现 ' + a.title : null);
}

/**
 * Each evidence sentence once, with everyone it names: one sentence usually lists several
 * attendees (市领导甲、乙、丙出席), and repeating it under each name buries the quote.
 */
function sentencesCard(attendees) {
  const bySentence = new Map();
  for (const a of attendees) {
    for (const x of a.evidence || []) {
      const key = (x.sentence || '') + '\u0000' + (x.articleId || '');
      if (!bySentence.has(key)) bySentence.set(key, { evidence: x, people: [] });
      const entry = bySentence.get(key);
      if (!entry.people.some(p => (p.key || p.name) === (a.key || a.name))) entry.people.push(a);
    }
  }
  if (!bySentence.size) return null;
  return card('原文证据（' + bySentence.size + ' 句）', h('ul', { class: 'plain sentences' }, [...bySentence.values()].map(x =>
    h('li', { class: 'sentence' }, evidenceBlock([x.evidence]),
      h('div', { class: 'named muted' }, '句中人物：',
        x.people.flatMap((p, i) => (i ? ['、', personLink(p.name, p.key)] : [personLink(p.name, p.key)])))))));
}

async function event(idOrName) {
  const rows = await query('event-detail', { event: idOrName });
  if (!rows.length) return notFound('活动', idOrName);
  const blocks = rows.map(e => {
    const byRole = {};
    for (const a of e.attendees || []) for (const r of a.roles || ['attended']) (byRole[r] = byRole[r] || []).push(a);
    return [
      h('section', { class: 'card head' }, h('h1', {}, e.name),
        h('p', { class: 'muted' }, date(e.date), ' · ', KIND[e.kind] || e.kind || '活动', e.region ? ' · ' + e.region : '',
          e.place ? ' · 地点：' + e.place : '', (e.aliases || []).length ? ' · 又称 ' + e.aliases.join('、') : '')),
      card('出席人员（' + (e.attendees || []).length + '）',
        h('dl', { class: 'by-role' }, Object.entries(byRole).flatMap(([r, names]) => [
          h('dt', {}, ROLE[r] || r), h('dd', {}, names.flatMap((n, i) => {
            const ref = [personLink(n.name, n.key), thenTitle(n)];
            return i ? ['、', ...ref] : ref;
          }))])),
        h('ul', { class: 'plain attendees' }, (e.attendees || []).map(a => h('li', { class: 'attendee' },
          personLink(a.name, a.key), thenTitle(a), h('span', { class: 'muted' }, ' · ' + roles(a.roles))))),
        (e.attendees || []).length ? h('p', { class: 'export' }, csvLink(e.name + (e.date ? '-' + e.date : '') + '-出席人员.csv',
          ['姓名', '角色', '活动', '日期', '证据句', '文章'],
          e.attendees.map(a => [a.name, roles(a.roles), e.name, e.date || '', ...evidenceCells(a.evidence)]))) : null),
      sentencesCard(e.attendees || []),
      (e.organizers || []).length ? card('主办、协办与承办', h('ul', { class: 'plain' }, e.organizers.map(o => h('li', {},
        h('span', { class: 'badge Organization' }, ROLE[o.role] || o.role), ' ', link('org/' + enc(o.key || o.name), o.name),
        evidenceBlock(o.evidence))))) : null,
      card('报道文章', h('ul', { class: 'plain' }, (e.articles || []).map(a => h('li', {},
        h('span', { class: 'date' }, date(a.date)), ' ', articleLink(a.id, null, headline(a)),
        a.reports ? '' : h('span', { class: 'muted' }, '（提及）'))))),
    ];
  });
  $content.replaceChildren(...blocks.flat().filter(Boolean));
  await graph(rows[0].id || rows[0].name);
}

/** Events in a date range, newest first, a page at a time (the API's /api/events). */
async function eventList(from, to) {
  const q = new URLSearchParams({ size: '100' });
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  const r = await api('/api/events?' + q);
  const items = (r && r.items) || [];
  const rows = items.map(e => [e.date || '', e.name, KIND[e.kind] || e.kind || '', e.place || '', e.region || '', e.attendees]);
  $content.replaceChildren(card('活动' + rangeText(from, to) + `（共 ${(r && r.total) || 0}${r && r.totalAtLeast ? '+' : ''} 项）`,
    rangeForm('events', from, to),
    items.length ? h('ul', { class: 'plain event-list' }, items.map(e => h('li', {},
      h('span', { class: 'date' }, date(e.date)), ' ', eventLink(e.id, e.name),
      h('span', { class: 'muted' }, ' · ' + [KIND[e.kind] || e.kind, e.place, e.attendees ? e.attendees + ' 人' : null]
        .filter(Boolean).join(' · '))))) : h('p', { class: 'muted' }, '这段时间没有记录的活动。'),
    r && r.total > items.length ? h('p', { class: 'note' }, `只列出最近的 ${items.length} 项；缩小日期范围可看到其余的。`) : null,
    items.length ? h('p', { class: 'export' }, csvLink('活动' + (from || to ? `-${from || ''}至${to || ''}` : '') + '.csv',
      ['日期', '活动', '类型', '地点', '地区', '出席人数'], rows)) : null));
}

// ---- articles: add one, see what was ingested, take one back -------------------------------

/**
 * Writes need the server's API key. The page asks for it once per browser tab and keeps it in
 * sessionStorage (gone when the tab closes); it is sent only to this server, in the X-API-Key header.
 */
const KEY_STORE = 'newsgraph.apiKey';
function keyField() {
  const input = h('input', { type: 'password', id: 'api-key', autocomplete: 'off', placeholder: 'X-API-Key',
    value: sessionStorage.getItem(KEY_STORE) || '' });
  input.addEventListener('change', () => sessionStorage.setItem(KEY_STORE, input.value.trim()));
  return h('label', { class: 'key' }, 'API 密钥 ', input,
    h('span', { class: 'note' }, ' 写入需要服务器的密钥（NEWSGRAPH_API_KEY）；只保存在本标签页。'));
}
const writeHeaders = () => ({ 'Content-Type': 'application/json', 'X-API-Key': sessionStorage.getItem(KEY_STORE) || '' });

function addForm(done) {
  const field = (label, el) => h('label', { class: 'field' }, h('span', {}, label), el);
  const form = h('form', { id: 'add-article', class: 'add-article' },
    field('正文', h('textarea', { name: 'text', rows: '8', required: 'required', maxlength: '200000',
      placeholder: '粘贴新闻全文（含标题、日期行、记者署名均可）' })),
    h('div', { class: 'row' },
      field('标题', h('input', { name: 'title', placeholder: '可不填：正文里有标题时自动识别' })),
      field('日期', h('input', { name: 'date', type: 'date' })),
      field('来源', h('input', { name: 'source', placeholder: '如 临江日报' }))),
    h('button', { type: 'submit' }, '抽取并写入图谱'), ' ', h('span', { class: 'add-result', role: 'status' }));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const out = form.querySelector('.add-result');
    const body = { text: form.elements.text.value };
    for (const k of ['title', 'date', 'source']) if (form.elements[k].value.trim()) body[k] = form.elements[k].value.trim();
    out.textContent = '正在抽取…';
    try {
      const r = await api('/api/articles', body, { headers: writeHeaders() });
      const stored = (r && r.stored) || [];
      const found = ((r && r.extraction && r.extraction.articles) || []).reduce((n, a) => n + (a.events || []).length, 0);
      out.replaceChildren(stored.some(x => x.created) ? `已写入 ${stored.length} 篇，找到 ${found} 项活动。` : '这篇文章已在图谱中，未重复写入。',
        ...stored.map(x => [' ', articleLink(x.articleId, null, x.title || '查看')]).flat());
      if (stored.some(x => x.created)) form.elements.text.value = '';
      await done();
    } catch (err) {
      out.textContent = '未写入：' + err.message;
    }
  });
  return form;
}

async function articles() {
  const list = h('div', { id: 'article-list' });
  // A page of the newest 20 (issue 12: each listed article is read); 显示更多 asks for 50 more at a time.
  let limit = 20;
  const refresh = async () => {
    const rows = await query('recent-articles', { limit });
    const total = rows.length ? rows[0].total : 0;
    const more = rows.length && rows[0].more ? moreButton(async () => { limit += 50; await refresh(); }) : null;
    list.replaceChildren(h('p', { class: 'muted' }, `图谱中共有 ${total} 篇文章` + (total > rows.length ? `，下面是最近导入的 ${rows.length} 篇。` : '。')),
      rows.length ? h('ul', { class: 'plain articles' }, rows.map(a => {
        const remove = h('button', { type: 'button', class: 'remove', title: '删除这篇文章，以及只由它支持的人物、活动与职务' }, '删除');
        remove.addEventListener('click', async () => {
          if (!confirm(`删除「${headline(a)}」？\n只由这篇文章支持的人物、活动和职务也会删除；其他文章也报道的事实保留。`)) return;
          try {
            await api('/api/articles/' + enc(a.id), undefined, { method: 'DELETE', headers: writeHeaders() });
            await refresh();
          } catch (err) {
            $status.textContent = '未删除：' + err.message;
          }
        });
        return h('li', { class: 'article-row', 'data-id': a.id },
          h('span', { class: 'date' }, date(a.date)), ' ', articleLink(a.id, null, headline(a)),
          h('span', { class: 'muted' }, [a.source, a.region, a.file].filter(Boolean).map(x => ' · ' + x).join('')),
          ' ', remove);
      })) : null, more);
  };
  $content.replaceChildren(
    card('添加文章', keyField(), addForm(refresh)),
    card('已导入的文章', list));
  await refresh();
}

async function organization(name) {
  const o = await api('/api/organizations/' + enc(name));
  if (!o) return notFound('机构', name);
  $content.replaceChildren(
    h('section', { class: 'card head' }, h('h1', {}, o.name),
      h('p', { class: 'muted' }, '机构', o.kind ? ' · ' + o.kind : '', (o.aliases || []).length ? ' · 又称 ' + o.aliases.join('、') : '',
        ` · 出现在 ${o.mentionedIn} 篇文章`)),
    card('职务与任职者', (o.positions || []).length ? h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, '职务'), h('th', {}, '人物'), h('th', {}, '见于'))),
      h('tbody', {}, o.positions.map(p => h('tr', {}, h('td', {}, p.title), h('td', {}, ...personRef(p)),
        h('td', { class: 'date' }, (p.since || '?') + (p.until && p.until !== p.since ? ' — ' + p.until : '')))))) : h('p', { class: 'muted' }, '没有记录的职务。')),
    card('主办或承办的活动', (o.organized || []).length ? h('ul', { class: 'plain' }, o.organized.map(e => h('li', {},
      h('span', { class: 'date' }, date(e.date)), ' ', eventLink(e.id || e.name, e.name), h('span', { class: 'muted' }, ' · ' + (ROLE[e.role] || e.role))))) :
      h('p', { class: 'muted' }, '没有记录的活动。'),
      // An organization of many events answers its newest page only (issue 12).
      o.more ? h('p', { class: 'muted' }, `列出最近的 ${new Set(o.organized.map(e => e.id || e.name)).size} 项活动。`) : null));
  await graph(o.name);
}

/** The 显示更多 button of a list that answered its first page only: a click asks for the next. */
function moreButton(onMore) {
  const button = h('button', { type: 'button', class: 'more' }, '显示更多');
  button.addEventListener('click', onMore);
  return button;
}

async function park(name, limit = 10) {
  // The 10 largest projects with their evidence (issue 12); 显示更多 asks for 50 more at a time (the API takes up to 200).
  const p = await api('/api/parks/' + enc(name) + '?limit=' + limit);
  if (!p) return notFound('园区', name);
  $content.replaceChildren(
    h('section', { class: 'card head' }, h('h1', {}, p.name),
      h('p', { class: 'muted' }, '园区', (p.aliases || []).length ? ' · 又称 ' + p.aliases.join('、') : '', ` · 出现在 ${p.mentionedIn} 篇文章`)),
    card('项目（合计 ' + yuan(p.totalInvestmentYuan) + '）', (p.projects || []).length ? h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, '项目'), h('th', {}, '投资'))),
      h('tbody', {}, p.projects.map(x => h('tr', {}, h('td', {}, x.name, evidenceBlock(x.evidence)), h('td', { class: 'num' }, yuan(x.investmentYuan)))))) :
      h('p', { class: 'muted' }, '没有记录的项目。'),
      // A park of many projects answers its largest page only (issue 12): say how many there are.
      p.more ? h('p', { class: 'muted' }, `共 ${p.projectCount} 个项目，列出投资最大的 ${p.projects.length} 个。`,
        limit < 200 ? moreButton(() => park(name, Math.min(limit + 50, 200))) : null) : null));
  await graph(p.name);
}

async function position(title, limit = 20) {
  // The first 20 holders (issue 12); 显示更多 asks for 50 more at a time.
  const rows = await query('title-holders', { title, limit });
  const more = rows.length && rows[0].more ? moreButton(() => position(title, limit + 50)) : null;
  $content.replaceChildren(h('section', { class: 'card head' }, h('h1', {}, title), h('p', { class: 'muted' }, '职务 · 任职顺序')),
    card('任职者', rows.length ? h('table', {}, h('tbody', {}, rows.map(r => h('tr', {}, h('td', {}, r.title), h('td', {}, ...personRef(r)),
      h('td', { class: 'date' }, (r.since || '?') + ' — ' + (r.until || '?')))))) : h('p', { class: 'muted' }, '没有记录。'), more));
  await graph(title);
}

async function entity(name) {
  $content.replaceChildren(h('section', { class: 'card head' }, h('h1', {}, name)));
  await graph(name, true);
}

async function article(id, sentence) {
  const a = await api('/api/articles/' + enc(id));
  if (!a) return notFound('文章', id);
  const text = a.text || '';
  const at = sentence ? text.indexOf(sentence) : -1;
  const body = at < 0 ? [text] : [text.slice(0, at), h('mark', { id: 'evidence' }, sentence), text.slice(at + sentence.length)];
  $content.replaceChildren(
    h('section', { class: 'card head' }, h('h1', {}, headline(a)),
      h('p', { class: 'muted' }, date(a.date), a.source ? ' · ' + a.source : '', a.file ? ' · 文件 ' + a.file : '',
        a.url ? [' · ', h('a', { href: a.url, rel: 'noopener noreferrer' }, '原始链接')] : '')),
    (a.events || []).length ? card('报道的活动', h('ul', { class: 'plain' }, a.events.map(e => h('li', {},
      h('span', { class: 'date' }, date(e.date)), ' ', eventLink(e.id, e.name), e.reports ? '' : h('span', { class: 'muted' }, '（提及）'))))) : null,
    card('全文', h('div', { class: 'article-text' }, ...body)));
  $graphSection.hidden = true;
  const mark = document.getElementById('evidence');
  if (mark) mark.scrollIntoView({ block: 'center' });
}

// ---- neighbourhood graph (Cytoscape.js) ----------------------------------------------------

const COLOUR = {
  Person: '#4C8EDA', Organization: '#F79767', Position: '#C990C0', Park: '#57C7E3', Project: '#8DCC93',
  Event: '#F16667', Place: '#D9C8AE', Article: '#A5ABB6'
};
const kindOf = labels => ['Event', 'Organization', 'Park', 'Project', 'Position', 'Place', 'Person'].find(l => (labels || []).includes(l)) || 'Person';
const routeOf = (kind, name) => ({ Person: 'person', Organization: 'org', Park: 'park', Event: 'event', Position: 'position' }[kind] || 'entity') + '/' + enc(name);

async function graph(name, showTable) {
  const rows = await query('neighbourhood', { name, limit: 60 });
  $graphSection.hidden = rows.length === 0;
  if (showTable) {
    $content.append(card('直接关系', h('ul', { class: 'plain' }, rows.map(r => h('li', {},
      h('span', { class: 'badge ' + kindOf(r.otherLabels) }, LABEL[kindOf(r.otherLabels)]), ' ',
      link(routeOf(kindOf(r.otherLabels), r.otherKey && kindOf(r.otherLabels) === 'Person' ? r.otherKey : r.other), r.other), h('span', { class: 'muted' }, ' · ' + r.relationship + (r.roles ? ' ' + roles(r.roles) : '')),
      evidenceBlock(r.evidence))))));
  }
  if (!rows.length || typeof cytoscape === 'undefined') return;
  const nodes = new Map();
  const edges = [];
  const centre = rows[0].entityKey || rows[0].entity;
  const routeName = (kind, name, key) => (kind === 'Person' || kind === 'Event') && key ? key : name;
  const centreKind = kindOf(rows[0].entityLabels);
  nodes.set(centre, { data: { id: 'n0', label: rows[0].entity, kind: centreKind, route: routeOf(centreKind, routeName(centreKind, rows[0].entity, rows[0].entityKey)) } });
  rows.forEach((r, i) => {
    const other = r.otherKey || r.other;
    if (!nodes.has(other)) {
      const kind = kindOf(r.otherLabels);
      nodes.set(other, { data: { id: 'n' + nodes.size, label: r.other, kind, route: routeOf(kind, routeName(kind, r.other, r.otherKey)) } });
    }
    const a = nodes.get(centre).data.id, b = nodes.get(other).data.id;
    const label = r.roles ? roles(r.roles) : r.role ? (ROLE[r.role] || r.role) : r.relationship;
    edges.push({ data: { id: 'e' + i, source: r.outgoing ? a : b, target: r.outgoing ? b : a, label } });
  });
  if (cy) cy.destroy();
  cy = cytoscape({
    container: document.getElementById('graph'),
    elements: [...nodes.values(), ...edges],
    // A neighbourhood is a star: the entity in the middle, what it touches in a ring around it.
    layout: { name: 'concentric', animate: false, concentric: n => (n.id() === 'n0' ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 60 },
    wheelSensitivity: 0.3,
    maxZoom: 1.4, // a small neighbourhood stays readable instead of filling the box
    style: [
      { selector: 'node', style: {
        'background-color': ele => COLOUR[ele.data('kind')] || '#A5ABB6', label: 'data(label)',
        'font-size': 11, 'text-wrap': 'ellipsis', 'text-max-width': 120, 'text-valign': 'bottom', 'text-margin-y': 4,
        width: 26, height: 26, color: '#222', 'font-family': '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif' } },
      { selector: '#n0', style: { width: 40, height: 40, 'border-width': 3, 'border-color': '#333', 'font-weight': 'bold' } },
      { selector: 'edge', style: {
        width: 1.5, 'line-color': '#c3c7cf', 'target-arrow-color': '#c3c7cf', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#666', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8 } }
    ]
  });
  cy.on('tap', 'node', evt => { location.hash = '#/' + evt.target.data('route'); });
}

// ---- routing -------------------------------------------------------------------------------

async function route() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, qs] = raw.split('?');
  const [kind, ...rest] = path.split('/');
  const arg = decodeURIComponent(rest.join('/'));
  const params = new URLSearchParams(qs || '');
  document.body.removeAttribute('data-ready');
  $status.textContent = '';
  $graphSection.hidden = true;
  document.body.dataset.page = kind || 'home';
  try {
    $status.textContent = '载入中…';
    switch (kind) {
      case 'search': await search(arg); break;
      case 'person': await person(arg, params.get('from'), params.get('to')); break;
      case 'events': await eventList(params.get('from'), params.get('to')); break;
      case 'articles': await articles(); break;
      case 'event': await event(arg); break;
      case 'org': await organization(arg); break;
      case 'park': await park(arg); break;
      case 'position': await position(arg); break;
      case 'entity': await entity(arg); break;
      case 'article': await article(arg, params.get('s')); break;
      default: await home();
    }
    $status.textContent = '';
    document.title = (arg ? arg + ' · ' : '') + 'newsgraph 新闻图谱';
  } catch (e) {
    $status.textContent = '出错了：' + e.message;
  }
  document.body.dataset.ready = kind || 'home';
}

document.getElementById('search-form').addEventListener('submit', e => {
  e.preventDefault();
  const q = document.getElementById('q').value.trim();
  if (q) location.hash = '#/search/' + enc(q);
});
window.addEventListener('hashchange', route);
route();
