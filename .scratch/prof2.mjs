// bench/corpus.ts
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
function benchTexts(shared, minBytes) {
  const dir = join(shared, "corpus", "nk-workers", "docs");
  const sampleDir = join(import.meta.dirname ?? ".", "..", "sample");
  const folder = existsSync(dir) ? dir : sampleDir;
  const base = readdirSync(folder).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(folder, f), "utf8")).filter((t) => !/[\u0400-\u04ff\u0600-\u06ff\uac00-\ud7af]/.test(t) && !/\b(und|der|die|das)\b/.test(t));
  const texts2 = [];
  let bytes = 0;
  let words = 0;
  while (bytes < minBytes) {
    for (const t of base) {
      texts2.push(t);
      bytes += Buffer.byteLength(t);
      words += t.split(/\s+/).filter(Boolean).length;
    }
  }
  return { texts: texts2, bytes, words };
}

// src/model/message.ts
function message(severity, reason, where) {
  return { kind: "message", severity, reason, ...where };
}
function hasFatal(messages) {
  return messages.some((m) => m.severity === "fatal");
}

// src/model/article.ts
var PROSE_BLOCKS = /* @__PURE__ */ new Set(["title", "subtitle", "paragraph", "caption"]);

// src/stages/normalise/data/languages.ts
var SCRIPTS = [
  ["ko", "Korean", [[44032, 55215], [4352, 4607], [12592, 12687]]],
  ["ja", "Japanese", [[12352, 12543]]],
  ["zh", "Chinese", [[19968, 40959]]],
  ["ru", "Russian", [[1024, 1279]]],
  ["ar", "Arabic", [[1536, 1791], [1872, 1919]]],
  ["he", "Hebrew", [[1424, 1535]]],
  ["el", "Greek", [[880, 1023]]],
  ["th", "Thai", [[3584, 3711]]],
  ["hi", "Hindi", [[2304, 2431]]]
];
var LATIN = [
  [65, 90],
  [97, 122],
  [192, 591]
];
var SCRIPT_VARIANTS = [
  ["ru", "uk", "Ukrainian", /[іїєґІЇЄҐ]/],
  ["ar", "fa", "Persian", /[پچژگ]/]
];
var STOPWORDS = {
  en: {
    name: "English",
    words: "the of and to in is that for on with as was by it at from has have are be said not this his which an were will would their they its who been".split(
      " "
    )
  },
  de: {
    name: "German",
    words: "der die das und ist nicht mit den von zu im dem des auf f\xFCr sich auch eine ein einer wird werden nach sind bei aus hat wie dass sie noch".split(
      " "
    )
  },
  fr: {
    name: "French",
    words: "le la les et des du un une est que qui dans pour pas sur au aux par ont sont avec ce cette il elle ne se plus \xE9t\xE9 leur".split(
      " "
    )
  },
  es: {
    name: "Spanish",
    words: "el la los las y de del que en un una es por con para se no su al lo como m\xE1s pero sus le ha han este esta fue".split(
      " "
    )
  },
  it: {
    name: "Italian",
    words: "il lo la gli le e di che un una per con non sono della del dei nel alla \xE8 ha anche come pi\xF9 ma questo questa stato".split(
      " "
    )
  },
  nl: {
    name: "Dutch",
    words: "de het een en van is dat op te in niet met voor zijn er aan ook als bij door maar om heeft werd wordt naar deze".split(
      " "
    )
  },
  pt: {
    name: "Portuguese",
    words: "o a os as e de do da dos das que em um uma para com n\xE3o por se no na mais como foi ao pelo pela s\xE3o seu sua".split(
      " "
    )
  }
};

// src/stages/normalise/stage-name.ts
var STAGE = "normalise";

// src/stages/normalise/14-language.ts
var SAMPLE = 400;
var WORD_SAMPLE = 400;
var LATIN_MARK = 255;
function languageDetector(fallback) {
  const scriptOf = new Uint8Array(65536);
  SCRIPTS.forEach(([, , ranges], i) => ranges.forEach(([lo, hi]) => scriptOf.fill(i + 1, lo, hi + 1)));
  LATIN.forEach(([lo, hi]) => scriptOf.fill(LATIN_MARK, lo, hi + 1));
  const scripts = SCRIPTS.map(([code, name]) => [code, name]);
  const variants = SCRIPT_VARIANTS.map(
    ([script, code, name, p]) => [script, code, name, new RegExp(p.source, "g")]
  );
  const profiles = Object.entries(STOPWORDS).map(([code, p]) => [code, p.name, new Set(p.words)]);
  const byWord = /* @__PURE__ */ new Map();
  for (const [code, , words] of profiles) for (const w of words) byWord.set(w, [...byWord.get(w) ?? [], code]);
  const names = new Map([
    ...scripts.map(([c, n]) => [c, n]),
    ...profiles.map(([c, n]) => [c, n])
  ]);
  const fromText = (sample) => {
    const tallies = new Array(SCRIPTS.length + 1).fill(0);
    let latin = 0;
    for (let i = 0; i < sample.length; i++) {
      const s = scriptOf[sample.charCodeAt(i)] ?? 0;
      if (s === LATIN_MARK) latin++;
      else if (s > 0) tallies[s] = (tallies[s] ?? 0) + 1;
    }
    const counts = scripts.map(([code], i) => [code, tallies[i + 1] ?? 0]);
    const letters = latin + counts.reduce((n2, [, c]) => n2 + c, 0);
    const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    if (count >= 8 && count / letters >= 0.3) {
      let code = top === "zh" && (counts.find(([c]) => c === "ja")?.[1] ?? 0) > count * 0.05 ? "ja" : top;
      for (const [script, variant, , p] of variants)
        if (script === code && (sample.match(p)?.length ?? 0) >= 3) code = variant;
      return { code, confidence: round(count / letters), how: "script" };
    }
    if (letters < 20) return null;
    const tally = /* @__PURE__ */ new Map();
    const words = sample.slice(0, WORD_SAMPLE).toLowerCase();
    let from = -1;
    for (let i = 0; i <= words.length; i++) {
      const latinChar = i < words.length && scriptOf[words.charCodeAt(i)] === LATIN_MARK;
      if (latinChar && from < 0) from = i;
      else if (!latinChar && from >= 0) {
        for (const code of byWord.get(words.slice(from, i)) ?? []) tally.set(code, (tally.get(code) ?? 0) + 1);
        from = -1;
      }
    }
    const [best, n] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    const total = [...tally.values()].reduce((sum, c) => sum + c, 0);
    if (n < 3) return null;
    return { code: best, confidence: round(n / total), how: "words" };
  };
  const detect = (text, declared, source) => {
    const messages = [];
    const found = fromText(text.slice(0, SAMPLE));
    const meta = declared?.trim().toLowerCase().split(/[-_]/)[0];
    let language;
    if (meta && /^[a-z]{2,3}$/.test(meta)) {
      language = { code: meta, confidence: 1, how: "meta" };
      if (found && found.code !== meta && found.confidence >= 0.6) {
        messages.push(
          message(
            "info",
            `declared language '${meta}', but the text reads as ${names.get(found.code) ?? found.code}: using '${found.code}'`,
            { ruleId: "language-declared-wrong", stage: STAGE, source }
          )
        );
        language = found;
      }
    } else language = found ?? { code: fallback, confidence: 0, how: "default" };
    if (language.code !== "en") {
      const name = names.get(language.code) ?? language.code;
      messages.push(
        message(
          "warning",
          `the text is in ${name} (${language.code}): it is read, but the English-only stages skip it`,
          { ruleId: "not-english", stage: STAGE, source }
        )
      );
    }
    return { language, messages };
  };
  return Object.freeze({ detect });
}
function round(x) {
  return Math.round(x * 100) / 100;
}

// src/stages/normalise/build.ts
import { hash } from "node:crypto";

// src/stages/normalise/01-paragraphs.ts
var DIRTY = /[\t\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\u00ad\u0000-\u0009\u000b-\u001f\u007f-\u009f]| {2}|^ | $/;
var SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
var INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
var CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
function cleanLine(line) {
  if (!DIRTY.test(line)) return line;
  return line.replace(SPACES, " ").replace(INVISIBLE, "").replace(CONTROLS, "").replace(/ {2,}/g, " ").trim();
}
function textParagraphs(body2) {
  const lines = body2.normalize("NFC").replace(/\r\n?/g, "\n").split("\n").map(cleanLine);
  const runs = [[]];
  for (const line of lines) {
    if (line !== "") runs[runs.length - 1]?.push(line);
    else if (runs[runs.length - 1]?.length) runs.push([]);
  }
  const wrapped = looksWrapped(runs);
  const out = runs.flatMap((run) => wrapped ? unwrap(run) : run);
  return repair(out.map((text) => ({ text })));
}
var SENTENCE_END = /[.!?:;"”’»)\]]$/;
function looksWrapped(runs) {
  const inner = runs.flatMap((run) => run.slice(0, -1));
  if (inner.length < 3) return false;
  const max = Math.max(...runs.flat().map((l) => l.length));
  const similar = inner.filter((l) => l.length >= 0.6 * max).length;
  const open = inner.filter((l) => !SENTENCE_END.test(l)).length;
  return max <= 100 && similar >= 0.8 * inner.length && open >= inner.length / 2;
}
function unwrap(run) {
  const max = Math.max(...run.map((l) => l.length));
  const out = [];
  let current = "";
  run.forEach((line, i) => {
    current = current ? `${current} ${line}` : line;
    if (i === run.length - 1 || SENTENCE_END.test(line) && line.length < 0.7 * max) {
      out.push(current);
      current = "";
    }
  });
  return out;
}
var STRAY_CLOSER = /^[”"’'»)\]]+[.,]?$/;
var CUT_MONTH = /(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
function repair(paras) {
  const out = [];
  for (const para of paras) {
    const last = out[out.length - 1];
    if (last && !last.hint && STRAY_CLOSER.test(para.text)) {
      out[out.length - 1] = { text: last.text + para.text };
    } else if (last && !last.hint && CUT_MONTH.test(last.text.slice(-6)) && /^\d{1,2}\b/.test(para.text)) {
      out[out.length - 1] = { text: `${last.text} ${para.text}` };
    } else out.push(para);
  }
  return out;
}

// src/stages/normalise/02-header.ts
var HEADER = /^date:?\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?(?=\s|$)\s*/i;
function takeHeader(paras) {
  const first = paras[0];
  const m = first && !first.hint ? HEADER.exec(first.text) : null;
  if (!first || !m) return { paras: [...paras], header: null };
  const [, y, mo, d, h, mi] = m;
  const precision = h ? "time" : d ? "day" : "month";
  const value = `${y}-${mo}${d ? `-${d}` : ""}${h ? `T${h}:${mi}` : ""}`;
  const rest = first.text.slice(m[0].length);
  const header = { value, precision, words: m[0].trim() };
  return { paras: rest ? [{ text: rest }, ...paras.slice(1)] : paras.slice(1), header };
}

// src/stages/normalise/data/furniture.ts
var FURNITURE = [
  {
    name: "advertisement",
    type: "boilerplate",
    pattern: /^(?:advertisement|advertising|ad|ads|anzeige|werbung|sponsored(?: content)?|광고)$/i
  },
  {
    name: "comments-widget",
    type: "boilerplate",
    pattern: /^(?:all comments|show (?:new |all )?comments(?: \(\d+\))?|comments?(?: \(\d+\))?|\d+ comments?|leave a comment|add a comment|댓글(?: \d+)?)$/i
  },
  {
    name: "share-widget",
    type: "boilerplate",
    pattern: /^(?:share(?: this(?: article| story)?)?|tweet|e-?mail|print|save|copy link|인쇄하기|글자크기설정|공유|스크랩|share on (?:facebook|twitter|x))$/i
  },
  { name: "reaction-widget", type: "boilerplate", pattern: /^(?:wow|like|love|haha|sad|angry)$/i },
  { name: "short-link", type: "boilerplate", pattern: /^(?:short ?link|permalink)\s*:?\s*\S*$/i },
  { name: "search-box", type: "boilerplate", pattern: /^(?:search|suche|검색)$/i },
  {
    name: "read-it-at",
    type: "boilerplate",
    pattern: /^read (?:it|more|the full story) (?:at|on) .{2,40}$/i
  },
  {
    name: "tip-line",
    type: "boilerplate",
    pattern: /^got a tip\?.*?(?:send it to (?<outlet>.{2,40}?) here\.?)?$/i,
    outlet: true
  },
  {
    name: "copyright",
    type: "boilerplate",
    pattern: /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?<outlet>\p{Lu}[^.|]{1,50}?)\.?(?:\s*all rights reserved\.?)?$/iu,
    outlet: true
  },
  {
    name: "site-legal",
    type: "boilerplate",
    pattern: /^(?:dmca|terms of (?:use|service)|privacy policy|cookie policy|impressum|datenschutz|contact us|about us)$/i
  },
  {
    name: "ui-words",
    type: "boilerplate",
    pattern: /^(?:입력|업데이트|수정|기사원문|구독|AD|menu|home|skip to content|close)$/i
  },
  { name: "photo-placeholder", type: "boilerplate", pattern: /^\[?\s*(?:photo|foto|사진)\s*:?\s*\]?$/i },
  { name: "transcript-marker", type: "meta", pattern: /^\[[^\]\n]{1,12}\]$/ },
  {
    name: "image-label",
    type: "boilerplate",
    pattern: /^(?:titelbild|symbolbild|bild|image|photo|foto|video|audio)$/i
  },
  { name: "license-photo", type: "boilerplate", pattern: /^\|?\s*license photo$/i },
  { name: "punctuation-only", type: "boilerplate", pattern: /^[\p{P}\p{S}\s]{1,10}$/u },
  {
    name: "call-to-action",
    type: "boilerplate",
    pattern: /(?:join now|subscribe(?: now| today)?|sign up(?: now| today)?|click here|download (?:the|our) app|newsletter)\s*[!.]?$/i
  },
  { name: "nav-dots", type: "boilerplate", pattern: /^(?:[^·•|\n]{1,40}\s[·•|]\s+){2,}[^·•|\n]{1,60}$/ },
  {
    name: "link-label",
    type: "boilerplate",
    pattern: /^(?:plus|also read|see also|watch|read more|related|more|mehr|lesen sie auch)\s*:$/i
  },
  { name: "image-file", type: "boilerplate", pattern: /^\S.{0,60}\.(?:jpe?g|png|gif|webp|avif)$/i },
  { name: "image-id", type: "boilerplate", pattern: /^(?=[^\s]*\d)[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+$/ },
  { name: "social-embed", type: "boilerplate", pattern: /^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+.{3,40}$/ },
  {
    name: "related-heading",
    type: "boilerplate",
    endsArticle: true,
    pattern: /^(?:latest headlines|latest news|related(?: articles| stories| news| coverage)?|more (?:from|on) .{1,40}|recommended(?: for you| stories)?|most (?:read|popular|viewed)|trending(?: now)?|aktuelle nachrichten|mehr zum thema|weitere artikel|das könnte sie auch interessieren|관련 ?기사|많이 본 기사|читайте также)$/i
  }
];

// src/stages/normalise/findings.ts
var RANK = {
  dateline: 0,
  meta: 1,
  self: 2,
  knownHost: 3,
  credit: 4,
  unknownHost: 5
};
function emptyFindings() {
  return { dateline: null, datelineDate: null, dateLines: [], outlets: [], title: null };
}

// src/stages/normalise/layout.ts
var WORD_CAP = 100;
var LONG = 800;
function pieceWords(text) {
  if (text.length > LONG) return WORD_CAP;
  if (text.length <= 300) return wordCount(text, WORD_CAP);
  let spaces = 0;
  for (let i = text.indexOf(" "); i >= 0 && spaces < WORD_CAP; i = text.indexOf(" ", i + 1)) spaces++;
  return spaces >= 40 ? Math.min(WORD_CAP, spaces + 1) : wordCount(text, WORD_CAP);
}
function layout(paras) {
  const spans = [];
  const pieces = [];
  let at = 0;
  for (const p of paras) {
    const end = at + p.text.length;
    spans.push(p.hint ? { start: at, end, hint: p.hint, ...p.rule ? { rule: p.rule } : {} } : { start: at, end });
    pieces.push([{ start: at, end, type: null, rule: "", words: pieceWords(p.text) }]);
    at = end + 2;
  }
  return { text: paras.map((p) => p.text).join("\n\n"), paras: spans, pieces };
}
function openPieces(l, i) {
  return (l.pieces[i] ?? []).filter((p) => p.type === null);
}
function textOf(l, p) {
  return l.text.slice(p.start, p.end);
}
function classify(l, i, piece, parts) {
  const list = l.pieces[i];
  if (!list) return;
  const at = list.indexOf(piece);
  if (at < 0) return;
  const made = [];
  let cursor = piece.start;
  const push = (start, end, type, rule) => {
    const span = trimSpan(l.text, start, end);
    if (span.end > span.start) made.push({ ...span, type, rule, words: pieceWords(l.text.slice(span.start, span.end)) });
  };
  for (const part of [...parts].sort((a, b) => a.start - b.start)) {
    const start = piece.start + part.start;
    const end = Math.min(piece.end, piece.start + part.end);
    if (start < cursor || end <= start) continue;
    push(cursor, start, null, "");
    push(start, end, part.type, part.rule);
    cursor = end;
  }
  push(cursor, piece.end, null, "");
  list.splice(at, 1, ...made);
}
function classifyAll(l, i, piece, type, rule) {
  const list = l.pieces[i];
  const at = list?.indexOf(piece) ?? -1;
  if (list && at >= 0) list[at] = { ...piece, type, rule };
}
function trimSpan(text, start, end) {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
function isSpace(c) {
  return c === 32 || c === 10 || c === 9;
}
function wordCount(s, cap = Infinity) {
  let words = 0;
  let dense = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (c >= 12352 && c <= 12543 || c >= 19968 && c <= 40959) dense++;
    if (!counted && isWordChar(c)) {
      if (++words > cap && dense === 0) return words;
      counted = true;
    }
  }
  return Math.max(words, Math.round(dense / 2));
}
function isWordChar(c) {
  if (c < 128) return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
  return !(c >= 8192 && c <= 8303) && !(c >= 12288 && c <= 12351) && c !== 160 && !(c >= 65280 && c <= 65295);
}
function isBodyLike(text, counted) {
  const words = counted ?? wordCount(text, WORD_CAP);
  return words >= 40 || words >= 12 && '.!?"\u201D\u2019\xBB\u2026'.includes(text.charAt(text.length - 1));
}

// src/stages/normalise/04-furniture.ts
function furniture(l, rules, found) {
  let ended = false;
  let prose = 0;
  l.paras.forEach((_, i) => {
    for (const piece of openPieces(l, i)) {
      const text = textOf(l, piece);
      if (ended) {
        classifyAll(l, i, piece, "boilerplate", "after-related-heading");
        continue;
      }
      const words = piece.words;
      const rule = words <= 20 ? FURNITURE.find((r) => r.pattern.test(text)) : void 0;
      if (rule) {
        classifyAll(l, i, piece, rule.type, rule.name);
        if (rule.endsArticle && prose > 0) ended = true;
        const outlet2 = rule.outlet ? rule.pattern.exec(text)?.groups?.["outlet"]?.trim() : void 0;
        if (outlet2) {
          const name = rules.outlets.byName(outlet2) ?? outlet2;
          found.outlets.push({
            name,
            rank: RANK.self,
            how: "text",
            evidence: `the footer "${text}"`,
            rule: rule.name,
            span: piece
          });
        }
        continue;
      }
      if (i < 3 && words <= 30 && isTagList(text)) {
        classifyAll(l, i, piece, "boilerplate", "tag-list");
        continue;
      }
      const known = words <= 5 && /^[\p{L}\p{N} .&'’-]+$/u.test(text) ? rules.outlets.byName(text) : null;
      if (known && (i < 4 || i >= l.paras.length - 3)) {
        classifyAll(l, i, piece, "meta", "outlet-line");
        found.outlets.push({
          name: known,
          rank: RANK.self,
          how: "text",
          evidence: `the line "${text}"`,
          rule: "outlet-line",
          span: piece
        });
        continue;
      }
      if (words >= 20) prose++;
    }
  });
}
function isTagList(text) {
  if (/[.,!?;:"“”«»]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 6) return false;
  const pairs = /* @__PURE__ */ new Set();
  for (let i = 1; i < words.length; i++) {
    const pair = `${words[i - 1]} ${words[i]}`;
    if (pairs.has(pair)) return true;
    pairs.add(pair);
  }
  return false;
}

// src/stages/normalise/data/calendar.ts
var MONTHS = {
  // English
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  // German
  januar: 1,
  j\u00E4nner: 1,
  februar: 2,
  m\u00E4rz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  oktober: 10,
  okt: 10,
  dezember: 12,
  dez: 12,
  // French
  janvier: 1,
  f\u00E9vrier: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  juin: 6,
  juillet: 7,
  ao\u00FBt: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  d\u00E9cembre: 12,
  decembre: 12,
  // Spanish
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  // Italian
  gennaio: 1,
  febbraio: 2,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  settembre: 9,
  ottobre: 10,
  dicembre: 12,
  // Portuguese
  janeiro: 1,
  fevereiro: 2,
  mar\u00E7o: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  novembro: 11,
  dezembro: 12,
  // Dutch
  januari: 1,
  februari: 2,
  maart: 3,
  mei: 5,
  augustus: 8,
  // Russian (genitive)
  \u044F\u043D\u0432\u0430\u0440\u044F: 1,
  \u0444\u0435\u0432\u0440\u0430\u043B\u044F: 2,
  \u043C\u0430\u0440\u0442\u0430: 3,
  \u0430\u043F\u0440\u0435\u043B\u044F: 4,
  \u043C\u0430\u044F: 5,
  \u0438\u044E\u043D\u044F: 6,
  \u0438\u044E\u043B\u044F: 7,
  \u0430\u0432\u0433\u0443\u0441\u0442\u0430: 8,
  \u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F: 9,
  \u043E\u043A\u0442\u044F\u0431\u0440\u044F: 10,
  \u043D\u043E\u044F\u0431\u0440\u044F: 11,
  \u0434\u0435\u043A\u0430\u0431\u0440\u044F: 12
};
var WEEKDAYS = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6
};
var WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday"
];
function alternation(table) {
  return Object.keys(table).sort((a, b) => b.length - a.length).join("|");
}

// src/stages/normalise/05-dateline.ts
var MARKS = /[(/—–]|--| -/;
var SEARCH = 8;
function dateline(l, rules, found) {
  let firstBody = true;
  for (let i = 0; i < Math.min(SEARCH, l.paras.length); i++) {
    const para = l.paras[i];
    const piece = openPieces(l, i)[0];
    if (!para || !piece || piece.start !== para.start) continue;
    const text = textOf(l, piece);
    const bodyLike = isBodyLike(text, piece.words);
    if (!MARKS.test(text.slice(0, 100))) {
      if (bodyLike) firstBody = false;
      continue;
    }
    for (const d of rules.datelines) {
      if (d.firstOnly && !(firstBody && bodyLike)) continue;
      const m = d.pattern.exec(text);
      const groups = m?.groups ?? {};
      if (!m || m[0].length >= text.length) continue;
      const agencies = (groups["agency"] ?? "").split(/\s*\/\s*/).map((a) => a.trim()).filter(Boolean);
      const agency = agencies[0];
      const known = agency ? rules.outlets.byName(agency) : null;
      if (agency && !known && (d.knownAgency || !/^\p{Lu}/u.test(agency) || wordCount(agency) > 4)) continue;
      const words = m[0].trim();
      const span = { start: piece.start, end: piece.start + m[0].trimEnd().length };
      const place = groups["place"]?.trim();
      const date = groups["date"]?.trim();
      const when = date ? readDate(date, rules) : null;
      if (date && !when) continue;
      found.dateline = {
        kind: "dateline",
        span,
        stage: STAGE,
        rule: d.name,
        ...place ? { place } : {},
        ...agency ? { outlet: known ?? agency } : {},
        ...date ? { date } : {}
      };
      found.datelineDate = when;
      if (agency) {
        const also = agencies.length > 1 ? ` (with ${agencies.slice(1).join(", ")})` : "";
        found.outlets.push({
          name: known ?? agency,
          rank: RANK.dateline,
          how: "dateline",
          evidence: `the dateline "${words}"${also}`,
          rule: d.name,
          span
        });
      }
      classify(l, i, piece, [{ start: 0, end: m[0].length, type: "dateline", rule: d.name }]);
      return;
    }
    if (bodyLike) firstBody = false;
  }
}
function readDate(date, rules) {
  const md = rules.monthDay.exec(date);
  if (md) {
    const month2 = MONTHS[(md[1] ?? "").toLowerCase()];
    const day = Number(md[2]);
    return month2 && day >= 1 && day <= 31 ? { month: month2, day } : null;
  }
  return rules.dates.first(date);
}

// src/stages/normalise/data/credits.ts
var AFTER = String.raw`(?:^|(?<=[.!?"”’)\]]\s?))\s*`;
var END_CREDITS = [
  {
    name: "photo-by",
    photo: true,
    pattern: new RegExp(
      String.raw`${AFTER}(?<credit>(?:File |Handout |Pool |AP |AFP |Reuters )?Photos? (?:by|courtesy of|via)\s+[^|\n]{2,80}?)(?<tail>\s*\|\s*License Photo)?$`,
      "iu"
    )
  },
  {
    name: "photo-label",
    photo: true,
    pattern: new RegExp(
      String.raw`${AFTER}(?<credit>(?:Photo|Photos|Foto|Fotos|Photograph|Picture|Image|Bild|Credit|사진)\s*:\s*[^\n]{2,120})$`,
      "iu"
    )
  },
  {
    name: "bracket-credit",
    photo: true,
    pattern: /(?<=\S)\s*(?<credit>\[[^[\]\n]{0,20}(?:포토|사진|photo|foto|getty|AP|AFP|reuters|yonhap|연합)[^[\]\n]{0,20}\])$/iu
  },
  {
    name: "paren-credit",
    photo: true,
    headOnly: true,
    pattern: /(?<=[.!?"”’])\s+(?<credit>\((?:\p{Lu}[\p{L}.'’-]*(?:,?\s|\/)?){1,5}\))$/u
  }
];
var WHOLE_CREDITS = [
  // "Lucas Jackson/Reuters", "Spencer Platt/Getty Images"
  {
    name: "name-slash-agency",
    photo: true,
    pattern: /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}\s?\/\s?\p{Lu}[\p{L}&.'’ -]{1,40}$/u
  },
  // "(AP)", "(AFP)" on a line of their own
  { name: "paren-agency", photo: false, pattern: /^\((?:\p{Lu}[\p{L}.-]*\s?){1,3}\)$/u },
  // "Photo : YONHAP News"
  {
    name: "photo-label",
    photo: true,
    pattern: /^(?:photo|photos|foto|fotos|picture|image|bild|credit|사진)\s*:\s*\S.{0,100}$/iu
  }
];
var PIPE_CREDIT = String.raw`\s+\|\s+(?<credit>\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s?\/\s?[^|\n]{0,40}?(?:{AGENCIES}))(?=\s+\p{Lu})`;
var CAPTION_LABEL = /^(?:Photo\/Ill?u?s?t?ration|Photo\/Illutration|Photo ?illustration|PHOTO|Photo|Foto|Bild|Picture)\s*[:/]?\s+(?=\p{Lu})/u;
var IMAGE_SLUG = /^(?=[a-z0-9_-]*\d)[a-z0-9]+(?:[-_][a-z0-9]+){2,}\s+(?=\p{Lu})/u;
var POSITION_MARKER = /\((?:L|R|C|left|right|centre|center|\d(?:st|nd|rd|th) [LR]|[LR] to [RL])\)/;
var CREDIT_FOR = /\bfor\s+(?<outlet>(?:The\s)?\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,4})\s*$/u;

// src/stages/normalise/06-credits.ts
var SENTENCE_END2 = '.!?"\u201D\u2019:;,';
var CREDIT_WORD = /photo|foto|picture|image|bild|credit|사진/i;
var ENDS_IN_CREDIT = /[.!?"”’]\s+\((?:\p{Lu}[\p{L}.'’-]*(?:,?\s|\/)?){1,5}\)$/u;
function credits(l, rules, found) {
  const headEnd = bodyStart(l, found);
  l.paras.forEach((para, i) => {
    for (const piece of openPieces(l, i))
      creditPiece(l, i, piece, i < headEnd, para.hint === "caption", rules, found);
  });
}
function bodyStart(l, found) {
  const dl = found.dateline;
  const at = l.paras.findIndex((p, i) => {
    if (dl && p.start <= dl.span.start && dl.span.start <= p.end) return true;
    const first = l.pieces[i]?.[0];
    if (dl || first && first.type !== null && first.type !== "paragraph") return false;
    const text = openPieces(l, i).map((piece) => textOf(l, piece)).join(" ");
    return isBodyLike(text) && !ENDS_IN_CREDIT.test(text);
  });
  return at < 0 ? l.paras.length : at;
}
function creditPiece(l, i, piece, inHead, hinted, rules, found) {
  const text = textOf(l, piece);
  const whole = piece.words <= 12 ? WHOLE_CREDITS.find((r) => r.pattern.test(text)) : void 0;
  if (whole) {
    clue(text, piece.start, rules, found);
    classify(l, i, piece, [{ start: 0, end: text.length, type: "credit", rule: whole.name }]);
    return;
  }
  const parts = [];
  let from = 0;
  let captionRule = hinted ? l.paras[i]?.rule ?? "html-figcaption" : "";
  const lead = text.charCodeAt(0);
  const slug = lead >= 97 && lead <= 122 || lead >= 48 && lead <= 57 ? IMAGE_SLUG.exec(text) : null;
  if (slug) {
    parts.push({ start: 0, end: slug[0].length, type: "boilerplate", rule: "image-slug" });
    from = slug[0].length;
    captionRule ||= "after-image-slug";
  } else if ((lead === 80 || lead === 70 || lead === 66) && CAPTION_LABEL.test(text)) captionRule ||= "caption-label";
  const pipe = (inHead || i === 0) && text.includes(" | ") ? rules.pipeCredit.exec(text) : null;
  const credit = pipe?.indices?.groups?.["credit"];
  if (pipe && credit && credit[0] > from) {
    parts.push({ start: from, end: pipe.index, type: "caption", rule: "before-pipe-credit" });
    parts.push({ start: pipe.index, end: credit[0], type: "boilerplate", rule: "separator" });
    parts.push({ start: credit[0], end: credit[1], type: "credit", rule: "pipe-credit" });
    classify(l, i, piece, parts);
    return;
  }
  let to = text.length;
  let photo = false;
  const last = text.charAt(text.length - 1);
  const worded = !SENTENCE_END2.includes(last) && CREDIT_WORD.test(text.slice(-240));
  for (const rule of rules.endCredits) {
    if (rule.name === "paren-credit" ? last !== ")" : rule.name === "bracket-credit" ? last !== "]" : !worded) continue;
    const m = rule.pattern.exec(text);
    const at = m?.indices?.groups?.["credit"];
    if (!m || !at || at[0] < from) continue;
    const words = text.slice(at[0], at[1]);
    const agency = rules.outlets.byName(words.replace(/^\(|\)$/g, ""));
    if (rule.headOnly && !inHead && !agency) continue;
    photo = rule.photo && (inHead || !rule.headOnly);
    parts.push({ start: at[0], end: at[1], type: "credit", rule: rule.name });
    const tail = m.indices?.groups?.["tail"];
    if (tail) parts.push({ start: tail[0], end: tail[1], type: "boilerplate", rule: "license-photo" });
    clue(words, piece.start + at[0], rules, found);
    to = at[0];
    break;
  }
  const rest = text.slice(from, to);
  let type = null;
  if (captionRule) type = "caption";
  else if (photo && rest.trim()) [type, captionRule] = ["caption", "before-photo-credit"];
  else if (inHead && POSITION_MARKER.test(rest) && wordCount(rest) >= 6)
    [type, captionRule] = ["caption", "position-marker"];
  if (type && rest.trim()) parts.push({ start: from, end: to, type, rule: captionRule });
  if (parts.length > 0) classify(l, i, piece, parts);
}
function clue(credit, at, rules, found) {
  const m = CREDIT_FOR.exec(credit);
  const name = m?.groups?.["outlet"];
  if (!m || !name) return;
  found.outlets.push({
    name: rules.outlets.byName(name) ?? name,
    rank: RANK.credit,
    how: "credit",
    evidence: `the photo credit "${credit}"`,
    rule: "credit-for",
    span: { start: at, end: at + credit.length }
  });
}

// src/stages/normalise/data/bylines.ts
var NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s(?:\p{Lu}[\p{L}.'’-]+|de|da|van|von|der|al|bin|le))*`;
var BYLINES = [
  // "By David Brunnstrom", "By Jennie Oh and Elizabeth Shim, UPI"
  {
    name: "by-name",
    pattern: new RegExp(
      String.raw`^(?:By|Von|Par|Por|Di|Door)\s+${NAME}(?:(?:,|\s+and|\s+und|\s*&)\s+${NAME})*(?:\s*[,|]\s*[\p{L} .]{2,40})?$`,
      "u"
    )
  },
  // "Faizan Hashmi 3 minutes ago Fri 13th December 2019 | 08:17 PM"
  {
    name: "name-time-ago",
    prefix: true,
    pattern: /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b/u
  },
  // "백민경 기자 baek.minkyung@joongang.co.kr"
  { name: "ko-reporter", pattern: /^[가-힣]{2,4}\s?(?:기자|특파원|인턴기자)(?:\s+[\w.+-]+@[\w.-]+)?$/u },
  // "YTN 이동우입니다." — a broadcast reporter signing off with the channel's name
  { name: "ko-signoff", pattern: /^(?<outlet>[A-Za-z가-힣]{2,10})\s[가-힣]{2,4}입니다\.?$/u },
  // "Jane Doe | jane.doe@example.com"
  { name: "name-email", pattern: /^[\p{L} .'’-]{2,40}\s*[|,]?\s*[\w.+-]+@[\w-]+\.[\w.]+$/u }
];
var DATE_LABELS = /\b(?:posted|published|updated|modified|created|on|at|date|dated|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|입력|수정|업데이트|опубликовано|обновлено)\b|[|:·•,]/giu;

// src/stages/normalise/07-bylines.ts
function bylines(l, rules, found) {
  l.paras.forEach((_, i) => {
    for (const piece of openPieces(l, i)) {
      const text = textOf(l, piece);
      if (piece.words > 16) continue;
      for (const rule of BYLINES) {
        const m = rule.pattern.exec(text);
        if (!m || !rule.prefix && m[0].length !== text.length) continue;
        classify(l, i, piece, [{ start: 0, end: m[0].length, type: "byline", rule: rule.name }]);
        const outlet2 = m.groups?.["outlet"];
        const name = outlet2 ? rules.outlets.byName(outlet2) : null;
        if (name) {
          found.outlets.push({
            name,
            rank: RANK.self,
            how: "byline",
            evidence: `the sign-off "${text}"`,
            rule: rule.name,
            span: piece
          });
        }
        break;
      }
    }
  });
}

// src/stages/normalise/08-date-lines.ts
var SEARCH2 = 8;
function dateLines(l, rules, found) {
  for (let i = 0; i < Math.min(SEARCH2, l.paras.length); i++) {
    for (const piece of openPieces(l, i)) {
      const text = textOf(l, piece);
      if (piece.words > 16 || !/\d{2}/.test(text)) continue;
      const dates = rules.dates.findAll(text);
      const first = dates[0];
      if (!first) continue;
      let rest = text;
      for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + " " + rest.slice(d.end);
      rest = rest.replace(DATE_LABELS, " ").replace(/\s+/g, " ").trim();
      const outlet2 = rest ? rules.outlets.byName(rest) : null;
      if (rest && !outlet2 && (wordCount(rest) > 3 || /(?:^|\s)\p{Ll}/u.test(rest))) continue;
      classifyAll(l, i, piece, "meta", "date-line");
      found.dateLines.push({ date: first, span: { start: piece.start, end: piece.end }, words: text });
      if (outlet2) {
        const evidence = `the date line "${text}"`;
        found.outlets.push({
          name: outlet2,
          rank: RANK.self,
          how: "text",
          evidence,
          rule: "date-line-outlet",
          span: piece
        });
      }
    }
  }
}

// src/stages/normalise/09-repeats.ts
var COMPARABLE = /* @__PURE__ */ new Set(["caption", "title", "subtitle", "paragraph", null]);
function repeats(l, found) {
  const from = bodyStart(l, found);
  const seen = /* @__PURE__ */ new Map();
  l.pieces.forEach((list, i) => {
    for (const piece of [...list]) {
      if (!COMPARABLE.has(piece.type)) continue;
      const text = textOf(l, piece);
      if (piece.words < 3 || piece.words > 80) continue;
      const key = comparable(text);
      const earlier = seen.get(key);
      if (!earlier) seen.set(key, { i, piece });
      else if (piece.type === null && earlier.piece.type === null && earlier.i < from && i >= from) {
        classifyAll(l, earlier.i, earlier.piece, "boilerplate", "repeated");
        seen.set(key, { i, piece });
      } else if (piece.type === null) classifyAll(l, i, piece, "boilerplate", "repeated");
      else retype(l, i, piece);
    }
  });
}
function retype(l, i, piece) {
  const list = l.pieces[i];
  const at = list?.indexOf(piece) ?? -1;
  if (list && at >= 0) list[at] = { ...piece, type: "boilerplate", rule: "repeated" };
}
function comparable(text) {
  let end = text.length;
  while (end > 0 && '.!?"\u201D\u2019) '.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

// src/stages/normalise/data/outlets.json
var outlets_default = {
  about: "Known news organisations: the canonical name, other names and spellings they go by (in datelines, credit lines, site names), and their web hosts (a host matches itself and its subdomains). Add entries freely; names are compared without case, a leading 'The', or punctuation.",
  outlets: [
    { name: "UPI", aliases: ["United Press International", "UPI.com"], hosts: ["upi.com"] },
    { name: "Reuters", aliases: ["Thomson Reuters", "Reuters.com"], hosts: ["reuters.com"] },
    {
      name: "AP",
      aliases: ["Associated Press", "The Associated Press", "AP News"],
      hosts: ["apnews.com", "ap.org"]
    },
    { name: "AFP", aliases: ["Agence France-Presse", "Agence France Presse"], hosts: ["afp.com"] },
    { name: "AFP-Jiji", aliases: ["AFP Jiji"] },
    { name: "Jiji Press", aliases: ["Jiji"], hosts: ["jiji.com"] },
    { name: "Bloomberg", aliases: ["Bloomberg News"], hosts: ["bloomberg.com"] },
    { name: "Interfax", aliases: ["Ifax"], hosts: ["interfax.com", "interfax.ru"] },
    {
      name: "TASS",
      aliases: ["ITAR-TASS", "TASS Russian News Agency"],
      hosts: ["tass.com", "tass.ru"]
    },
    { name: "Sputnik", aliases: ["Sputnik News", "SputnikNews"], hosts: ["sputniknews.com"] },
    { name: "RIA Novosti", aliases: ["RIA", "Ria Novosti", "\u0420\u0418\u0410 \u041D\u043E\u0432\u043E\u0441\u0442\u0438"], hosts: ["ria.ru"] },
    { name: "RT", aliases: ["Russia Today"], hosts: ["rt.com"] },
    {
      name: "Yonhap",
      aliases: ["Yonhap News", "Yonhap News Agency", "\uC5F0\uD569\uB274\uC2A4"],
      hosts: ["yna.co.kr", "yonhapnews.co.kr"]
    },
    { name: "Kyodo News", aliases: ["Kyodo"], hosts: ["kyodonews.net"] },
    { name: "NHK", aliases: ["NHK World"], hosts: ["nhk.or.jp"] },
    { name: "Radio Free Asia", aliases: ["RFA"], hosts: ["rfa.org"] },
    { name: "Voice of America", aliases: ["VOA", "VOA News"], hosts: ["voanews.com"] },
    { name: "NK News", aliases: ["NKNews"], hosts: ["nknews.org"] },
    { name: "Daily NK", hosts: ["dailynk.com"] },
    { name: "KCNA", aliases: ["Korean Central News Agency"], hosts: ["kcna.kp", "kcnawatch.org"] },
    { name: "CNN", aliases: ["CNN.com"], hosts: ["cnn.com"] },
    { name: "BBC", aliases: ["BBC News"], hosts: ["bbc.com", "bbc.co.uk"] },
    { name: "The New York Times", aliases: ["New York Times", "NYT"], hosts: ["nytimes.com"] },
    { name: "The Washington Post", aliases: ["Washington Post"], hosts: ["washingtonpost.com"] },
    { name: "The Wall Street Journal", aliases: ["Wall Street Journal", "WSJ"], hosts: ["wsj.com"] },
    { name: "The Guardian", aliases: ["Guardian"], hosts: ["theguardian.com"] },
    { name: "Financial Times", aliases: ["FT"], hosts: ["ft.com"] },
    { name: "Al Jazeera", hosts: ["aljazeera.com", "aljazeera.net"] },
    { name: "Deutsche Welle", aliases: ["DW"], hosts: ["dw.com"] },
    { name: "ORF", hosts: ["orf.at"] },
    { name: "Der Spiegel", aliases: ["Spiegel", "Spiegel Online"], hosts: ["spiegel.de"] },
    {
      name: "Epoch Times",
      aliases: ["The Epoch Times"],
      hosts: ["epochtimes.de", "theepochtimes.com"]
    },
    { name: "Politico Europe", aliases: ["POLITICO Europe"], hosts: ["politico.eu"] },
    { name: "Politico", aliases: ["POLITICO"], hosts: ["politico.com"] },
    { name: "The Daily Beast", aliases: ["Daily Beast"], hosts: ["thedailybeast.com"] },
    { name: "Yahoo News", hosts: ["news.yahoo.com"] },
    { name: "South China Morning Post", aliases: ["SCMP"], hosts: ["scmp.com"] },
    { name: "Xinhua", aliases: ["Xinhua News Agency"], hosts: ["xinhuanet.com", "news.cn"] },
    { name: "Global Times", hosts: ["globaltimes.cn"] },
    { name: "The Asahi Shimbun", aliases: ["Asahi Shimbun", "Asahi"], hosts: ["asahi.com"] },
    {
      name: "The Japan News",
      aliases: ["Japan News", "The Yomiuri Shimbun"],
      hosts: ["the-japan-news.com", "japannews.yomiuri.co.jp"]
    },
    { name: "The Japan Times", aliases: ["Japan Times"], hosts: ["japantimes.co.jp"] },
    { name: "Sankei Shimbun", aliases: ["Sankei"], hosts: ["sankei.com"] },
    { name: "The Korea Herald", aliases: ["Korea Herald"], hosts: ["koreaherald.com"] },
    { name: "The Korea Times", aliases: ["Korea Times"], hosts: ["koreatimes.co.kr"] },
    {
      name: "JoongAng Ilbo",
      aliases: ["Korea JoongAng Daily", "\uC911\uC559\uC77C\uBCF4"],
      hosts: ["joongang.co.kr", "joins.com"]
    },
    { name: "Chosun Ilbo", aliases: ["\uC870\uC120\uC77C\uBCF4"], hosts: ["chosun.com"] },
    { name: "Dong-A Ilbo", aliases: ["\uB3D9\uC544\uC77C\uBCF4"], hosts: ["donga.com"] },
    { name: "The Hankyoreh", aliases: ["Hankyoreh", "\uD55C\uACA8\uB808"], hosts: ["hani.co.kr"] },
    { name: "Hankyung", aliases: ["Korea Economic Daily", "\uD55C\uAD6D\uACBD\uC81C"], hosts: ["hankyung.com"] },
    { name: "KBS World", aliases: ["KBS", "KBS World Radio"], hosts: ["kbs.co.kr"] },
    { name: "YTN", hosts: ["ytn.co.kr"] },
    { name: "UrduPoint", aliases: ["UrduPoint News", "UrduPoint.com"], hosts: ["urdupoint.com"] },
    { name: "News24", hosts: ["news24.com"] },
    { name: "Al Bawaba", hosts: ["albawaba.com"] },
    { name: "Ahram Online", aliases: ["Al-Ahram"], hosts: ["ahram.org.eg"] },
    { name: "Moneycontrol", hosts: ["moneycontrol.com"] },
    { name: "The New Times", hosts: ["newtimes.co.rw"] },
    { name: "Nexstar Broadcasting", aliases: ["Nexstar Media", "Nexstar"] },
    { name: "Fox News", hosts: ["foxnews.com"] },
    { name: "NBC News", hosts: ["nbcnews.com"] },
    { name: "CBS News", hosts: ["cbsnews.com"] },
    { name: "ABC News", hosts: ["abcnews.go.com"] },
    { name: "NPR", hosts: ["npr.org"] },
    { name: "The Independent", hosts: ["independent.co.uk"] },
    { name: "The Telegraph", hosts: ["telegraph.co.uk"] },
    { name: "The Moscow Times", aliases: ["Moscow Times"], hosts: ["themoscowtimes.com"] },
    { name: "Kommersant", hosts: ["kommersant.ru"] },
    { name: "Le Monde", hosts: ["lemonde.fr"] },
    { name: "Radio Free Europe/Radio Liberty", aliases: ["RFE/RL"], hosts: ["rferl.org"] }
  ]
};

// src/stages/normalise/outlets.ts
function nameKey(name) {
  return name.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, "");
}
function outletIndex(extra = []) {
  const names = /* @__PURE__ */ new Map();
  const hosts = /* @__PURE__ */ new Map();
  for (const entry of [...extra, ...outlets_default.outlets]) {
    for (const n of [entry.name, ...entry.aliases ?? []]) {
      const key = nameKey(n);
      if (key && !names.has(key)) names.set(key, entry.name);
    }
    for (const h of entry.hosts ?? []) if (!hosts.has(h)) hosts.set(h.toLowerCase(), entry.name);
  }
  const byName = (name) => names.get(nameKey(name)) ?? null;
  const byUrl = (url) => {
    let host;
    try {
      host = new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`).hostname.toLowerCase();
    } catch {
      return null;
    }
    host = host.replace(/^www\d?\./, "");
    if (!host.includes(".")) return null;
    for (let h = host; h.includes("."); h = h.slice(h.indexOf(".") + 1)) {
      const name = hosts.get(h);
      if (name) return { name, host, known: true };
    }
    return { name: host, host, known: false };
  };
  return Object.freeze({ byName, byUrl });
}

// src/stages/normalise/10-head.ts
var RUN_IN = /^(.{12,160}?[\p{Ll}\d’'])\s+(?=(?:The|A|An|In|On|At|As|After|Before|It|He|She|They|This|That|These|Those|But|While|When|With|Its|His|Her|Their)\s)/u;
var SENTENCE_END3 = /[.!?]$/;
var REPORTED = /\b(?:said|told|added|announced|reported|stated|wrote|sagte|erklärte)\b/i;
var DECLARATIVE = /(?:다|요|。)\.?$/;
function head(l, rules, found) {
  let end = bodyStart(l, found);
  if (end === l.paras.length) {
    const first = openPieces(l, 0)[0];
    end = l.paras.length > 1 && first && (l.paras[0]?.hint === "title" || isTitleLike(textOf(l, first))) ? 1 : 0;
  }
  let pictured = false;
  for (let i = 0; i < end; i++) {
    const para = l.paras[i];
    if (!para) continue;
    for (const piece of openPieces(l, i)) {
      const text = textOf(l, piece);
      const last = i === end - 1 && piece === openPieces(l, i).at(-1);
      if (isLabel(text, rules, last)) {
        classifyAll(l, i, piece, "meta", "section-label");
        continue;
      }
      const prefix = piece.start === para.start ? rules.prefixSection.exec(text) : null;
      if (prefix)
        classify(l, i, piece, [{ start: 0, end: prefix[0].length, type: "meta", rule: "section-label" }]);
    }
    for (const piece of openPieces(l, i)) {
      const text = textOf(l, piece);
      if (!found.title && (para.hint === "title" || !pictured && !para.hint && isTitleLike(text))) {
        title(l, i, piece, rules, found, para.rule ?? "first-headline");
      } else if (!found.title && !pictured && piece.start > para.start && runIn(l, i, piece, found)) {
        continue;
      } else classifyAll(l, i, piece, "subtitle", para.rule ?? "head");
    }
    pictured ||= (l.pieces[i] ?? []).some(
      (p) => p.type === "caption" || p.type === "credit" && p.rule !== "paren-agency"
    );
  }
  return end;
}
function isLabel(text, rules, last) {
  if (rules.sections.has(nameKey(text))) return true;
  const acronym = /^((?:\p{Lu}[\p{L}-]*\s(?:(?:of|and|the|for)\s)*){2,6})\((\p{Lu}{2,6})\)$/u.exec(text);
  if (acronym) {
    const initials = (acronym[1] ?? "").match(/\p{Lu}(?=[\p{L}-]*\s)/gu)?.join("") ?? "";
    if (initials === acronym[2]) return true;
  }
  const words = text.split(/\s+/);
  return !last && words.length <= 3 && text.length <= 30 && !/[.!?:,"“”]/.test(text) && words.every((w) => /^[\p{Lu}&]/u.test(w));
}
function isTitleLike(text) {
  const words = wordCount(text);
  if (words < 2 || words > 30 || text.length > 250) return false;
  if (/[,;:–—-]$/.test(text) || /^\p{Ll}/u.test(text) || DECLARATIVE.test(text) || POSITION_MARKER.test(text))
    return false;
  if (SENTENCE_END3.test(text))
    return words <= 14 && !/[.!?]\s+\p{Lu}/u.test(text.slice(0, -1)) && !REPORTED.test(text);
  return true;
}
function title(l, i, piece, rules, found, rule) {
  const text = textOf(l, piece);
  const m = /\s+[-–—|]\s+([^-–—|]{2,60})$/.exec(text);
  const outlet2 = m?.[1] ? rules.outlets.byName(m[1]) : null;
  const cut = m && outlet2 ? m.index : text.length;
  classify(l, i, piece, [
    { start: 0, end: cut, type: "title", rule },
    ...cut < text.length ? [{ start: cut, end: text.length, type: "meta", rule: "title-outlet-suffix" }] : []
  ]);
  found.title = { text: text.slice(0, cut).trim(), span: { start: piece.start, end: piece.start + cut } };
  if (outlet2) {
    found.outlets.push({
      name: outlet2,
      rank: RANK.self,
      how: "text",
      evidence: `the headline "${text}"`,
      rule: "title-outlet-suffix",
      span: piece
    });
  }
}
function runIn(l, i, piece, found) {
  const text = textOf(l, piece);
  const m = RUN_IN.exec(text);
  if (!m?.[1] || wordCount(text) < 16 || !isTitleLike(m[1])) return false;
  const cut = m[1].length;
  classify(l, i, piece, [
    { start: 0, end: cut, type: "title", rule: "run-in-headline" },
    { start: cut, end: text.length, type: "subtitle", rule: "run-in-standfirst" }
  ]);
  found.title = { text: m[1], span: { start: piece.start, end: piece.start + cut } };
  return true;
}

// src/stages/normalise/11-body.ts
function body(l, from) {
  l.paras.forEach((para, i) => {
    for (const piece of openPieces(l, i)) {
      if (i < from) {
        classifyAll(l, i, piece, "subtitle", "head");
        continue;
      }
      const text = textOf(l, piece);
      const hinted = para.hint === "subtitle" || para.hint === "title";
      const between = i > from && i < l.paras.length - 1;
      if (hinted || between && piece.words <= 10 && !/[.!?,;:"”’…]$/.test(text)) {
        classifyAll(l, i, piece, "subtitle", hinted ? para.rule ?? "html-heading" : "intertitle");
      } else classifyAll(l, i, piece, para.hint === "caption" ? "caption" : "paragraph", para.rule ?? "body");
    }
  });
}

// src/stages/normalise/data/url-dates.ts
var URL_DATES = [
  // /2020/01/28/ (UPI, news sites), /2019/12/13/
  { name: "url-ymd-path", pattern: /\/(?<y>(?:19|20)\d{2})\/(?<m>\d{1,2})\/(?<d>\d{1,2})(?=\/|$|[?#])/ },
  // 2019-12-06 in a slug
  { name: "url-ymd-dashed", pattern: /(?<!\d)(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?!\d)/ },
  // 20190228 at the start of a run of digits: ...-20190228, /20200115/, ud=20180104000729
  { name: "url-ymd-compact", pattern: /(?<!\d)(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})/ },
  // 03272020205117: month, day, year and a time of day
  { name: "url-mdy-compact-time", pattern: /(?<!\d)(?<m>\d{2})(?<d>\d{2})(?<y>(?:19|20)\d{2})\d{6}(?!\d)/ },
  // /2020/03/ (NK News, blogs)
  { name: "url-ym-path", pattern: /\/(?<y>(?:19|20)\d{2})\/(?<m>\d{1,2})(?=\/|$|[?#])/ }
];

// src/stages/normalise/url-date.ts
function urlDate(url) {
  let where;
  try {
    const u = new URL(url);
    where = decodeURIComponent(u.pathname + u.search);
  } catch {
    return null;
  }
  const now = (/* @__PURE__ */ new Date()).getUTCFullYear();
  for (const { name, pattern } of URL_DATES) {
    const m = pattern.exec(where);
    const g2 = m?.groups;
    if (!m || !g2) continue;
    const y = Number(g2["y"]);
    const mo = Number(g2["m"]);
    const d = g2["d"] === void 0 ? void 0 : Number(g2["d"]);
    if (y > now + 1 || mo < 1 || mo > 12) continue;
    if (d !== void 0 && (d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate())) continue;
    const ym = `${y}-${String(mo).padStart(2, "0")}`;
    const value = d === void 0 ? ym : `${ym}-${String(d).padStart(2, "0")}`;
    return {
      value,
      precision: d === void 0 ? "month" : "day",
      rule: name,
      words: m[0].replace(/^\//, "")
    };
  }
  return null;
}

// src/stages/normalise/12-published.ts
var LENGTH = { year: 4, month: 7, day: 10, time: 16 };
var RANKS = { meta: 0, url: 1, dateline: 2 };
var MONTH_NAMES = [
  "Jan.",
  "Feb.",
  "March",
  "April",
  "May",
  "June",
  "July",
  "Aug.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec."
];
function published(rules, years, s) {
  const messages = [];
  const warn = (ruleId, reason) => messages.push(message("warning", reason, { ruleId, stage: STAGE, source: s.source }));
  const claims = [];
  if (s.meta.published) {
    const d = rules.dates.first(s.meta.published);
    const where = s.meta.provenance?.published ?? "the metadata";
    if (d)
      claims.push({
        value: d.value,
        precision: d.precision,
        how: "meta",
        rule: "meta-date",
        words: `${where} "${s.meta.published}"`
      });
    else warn("meta-date-unreadable", `the date in ${where} ("${s.meta.published}") could not be read`);
  }
  if (s.header)
    claims.push({
      ...s.header,
      how: "meta",
      rule: "date-header",
      words: `the date header "${s.header.words}"`
    });
  const fromUrl = s.meta.url ? urlDate(s.meta.url) : null;
  if (fromUrl) claims.push({ ...fromUrl, how: "url", words: `the URL ("${fromUrl.words}")` });
  const line = s.found.dateLines[0];
  if (line)
    claims.push({
      ...line.date,
      how: "dateline",
      rule: "date-line",
      words: `the date line "${line.words}"`,
      span: line.span
    });
  const dl = s.found.dateline;
  const dlDate = s.found.datelineDate;
  const dlWords = dl ? `the dateline "${s.text.slice(dl.span.start, dl.span.end).replace(/\s*(?:--|[-–—])$/, "")}"` : "";
  if (dl && dlDate && "value" in dlDate)
    claims.push({ ...dlDate, how: "dateline", rule: "dateline-date", words: dlWords, span: dl.span });
  const partial = dl && dlDate && !("value" in dlDate) ? dlDate : null;
  claims.sort((a, b) => RANKS[a.how] - RANKS[b.how]);
  const best = claims[0];
  if (best) {
    let value = best.value;
    let precision = best.precision;
    const notes = [best.words];
    for (const other of claims.slice(1)) {
      const common = Math.min(LENGTH[precision], LENGTH[other.precision]);
      if (value.slice(0, common) === other.value.slice(0, common)) {
        const finer = LENGTH[other.precision] > LENGTH[precision];
        notes.push(
          `${other.words} agrees${finer ? ` and gives the ${other.precision === "time" ? "time" : other.precision}` : ""}`
        );
        if (finer) [value, precision] = [other.value, other.precision];
      } else {
        notes.push(`${other.words} says ${other.value}`);
        warn(
          "published-disagree",
          `publication dates disagree: ${best.words} says ${best.value}, ${other.words} says ${other.value}; kept ${best.value} (${best.how} outranks ${other.how})`
        );
      }
    }
    if (partial && dl) {
      const md = `${pad(partial.month)}-${pad(partial.day)}`;
      const agrees = precision === "year" || value.slice(5, precision === "month" ? 7 : 10) === md.slice(0, precision === "month" ? 2 : 5);
      if (agrees) {
        notes.push(`${dlWords} agrees`);
        if (precision === "year" || precision === "month")
          [value, precision] = [`${value.slice(0, 4)}-${md}`, "day"];
      } else {
        notes.push(`${dlWords} says ${MONTH_NAMES[partial.month - 1]} ${partial.day}`);
        warn(
          "published-disagree",
          `publication dates disagree: ${best.words} says ${best.value}, ${dlWords} says ${MONTH_NAMES[partial.month - 1]} ${partial.day}; kept ${best.value}`
        );
      }
    }
    return {
      published: {
        value,
        precision,
        how: best.how,
        evidence: notes.join("; "),
        rule: best.rule,
        ...best.span ? { span: best.span } : {}
      },
      messages
    };
  }
  if (partial && dl) {
    const md = `${MONTH_NAMES[partial.month - 1]} ${partial.day}`;
    const inferred = years.infer(partial.month, partial.day, s.prose);
    if (inferred) {
      const evidence3 = `${dlWords} gives ${md} but no year; ${inferred.evidence}`;
      if (inferred.strength === "weak")
        warn("published-year-weak", `the publication year is a guess: ${evidence3}`);
      const value = `${inferred.year}-${pad(partial.month)}-${pad(partial.day)}`;
      return {
        published: {
          value,
          precision: "day",
          how: "inferred",
          evidence: evidence3,
          rule: `year-${inferred.strength}`,
          span: dl.span
        },
        messages
      };
    }
    const evidence2 = `${dlWords} gives ${md} but no year, and the article mentions no past year to infer it from`;
    warn("published-unknown", `no publication year: ${evidence2}`);
    return {
      published: {
        value: null,
        precision: null,
        how: "unknown",
        evidence: evidence2,
        rule: "dateline-without-year",
        span: dl.span
      },
      messages
    };
  }
  const evidence = "no date in the metadata, the URL, a dateline or a date line";
  warn("published-unknown", `no publication date: ${evidence}`);
  return {
    published: { value: null, precision: null, how: "unknown", evidence, rule: "none-found" },
    messages
  };
}
function pad(n) {
  return String(n).padStart(2, "0");
}

// src/stages/normalise/13-outlet.ts
function outlet(rules, meta, found) {
  const clues = [...found.outlets];
  if (meta.outlet) {
    const where = meta.provenance?.outlet ?? "the metadata";
    const name = rules.outlets.byName(meta.outlet) ?? meta.outlet;
    clues.push({
      name,
      rank: RANK.meta,
      how: "meta",
      evidence: `${where} "${meta.outlet}"`,
      rule: "meta-outlet"
    });
  }
  const host = meta.url ? rules.outlets.byUrl(meta.url) : null;
  if (host) {
    const evidence = host.known ? `the URL's host ${host.host}` : `the URL's host ${host.host} (not a known outlet)`;
    clues.push({
      name: host.name,
      rank: host.known ? RANK.knownHost : RANK.unknownHost,
      how: "url",
      evidence,
      rule: "url-host"
    });
  }
  const sorted = clues.map((c, i) => [c, i]).sort((a, b) => a[0].rank - b[0].rank || a[1] - b[1]);
  const best = sorted[0]?.[0];
  if (!best) return null;
  const others = sorted.slice(1).map(([c]) => c);
  const agreeing = others.filter((c) => nameKey(c.name) === nameKey(best.name)).map((c) => c.evidence);
  const differing = others.filter((c) => nameKey(c.name) !== nameKey(best.name)).map((c) => `${c.evidence} names ${c.name}`);
  const notes = [best.evidence, ...agreeing.slice(0, 2).map((e) => `${e} agrees`), ...differing.slice(0, 2)];
  return {
    name: best.name,
    how: best.how,
    evidence: notes.join("; "),
    ...best.span ? { span: { start: best.span.start, end: best.span.end } } : {}
  };
}

// src/ingest/html/dom.ts
import { parseHTML } from "linkedom";
var ELEMENT_NODE = 1;
var TEXT_NODE = 3;
function parseDocument(html) {
  const page = /<html[\s>]|<!doctype html/i.test(html.slice(0, 2048));
  const source = page ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const window = parseHTML(source);
  return window.document;
}

// src/stages/normalise/html-paragraphs.ts
var BLOCKS = new Set(
  "P DIV SECTION ARTICLE HEADER FOOTER ASIDE MAIN NAV UL OL LI BLOCKQUOTE FIGURE FIGCAPTION TABLE THEAD TBODY TR TD TH PRE DL DT DD HR ADDRESS CAPTION DETAILS SUMMARY H1 H2 H3 H4 H5 H6".split(
    " "
  )
);
var SKIPPED = new Set(
  "SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME BUTTON FORM SELECT TEXTAREA OBJECT EMBED CANVAS VIDEO AUDIO HEAD TITLE META LINK".split(
    " "
  )
);
function hintOf(tag) {
  if (tag === "FIGCAPTION" || tag === "CAPTION")
    return { hint: "caption", rule: `html-${tag.toLowerCase()}` };
  if (tag === "H1") return { hint: "title", rule: "html-h1" };
  if (/^H[2-6]$/.test(tag)) return { hint: "subtitle", rule: `html-${tag.toLowerCase()}` };
  return null;
}
function htmlParagraphs(html) {
  const doc = parseDocument(html);
  const out = [];
  let buffer = "";
  let current = null;
  const flush = () => {
    const text = cleanLine(buffer.normalize("NFC").replace(/\s+/g, " "));
    if (text) out.push(current ? { text, hint: current.hint, rule: current.rule } : { text });
    buffer = "";
  };
  const walk = (node) => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === "BR") return flush();
    if (!BLOCKS.has(tag)) {
      Array.from(node.childNodes).forEach(walk);
      return;
    }
    flush();
    const outer = current;
    current = hintOf(tag) ?? outer;
    Array.from(node.childNodes).forEach(walk);
    flush();
    current = outer;
  };
  if (doc.body) Array.from(doc.body.childNodes).forEach(walk);
  return repair(out);
}

// src/stages/normalise/build.ts
function buildArticle(input, tools) {
  if (hasFatal(input.messages)) return unread(input, "the input could not be read");
  const { rules } = tools;
  const raw = input.bodyFormat === "html" ? htmlParagraphs(input.body) : textParagraphs(input.body);
  const { paras, header } = takeHeader(raw);
  const l = layout(withTitle(paras, input.meta.title));
  if (l.text === "") {
    const reason = input.bodyFormat === "html" ? "the HTML holds no text" : "the input holds no text";
    const fatal = message("fatal", reason, { ruleId: "no-text", stage: STAGE, source: input.source });
    return { ...unread(input, reason), messages: [...input.messages, fatal] };
  }
  const found = emptyFindings();
  furniture(l, rules, found);
  dateline(l, rules, found);
  credits(l, rules, found);
  bylines(l, rules, found);
  dateLines(l, rules, found);
  repeats(l, found);
  body(l, head(l, rules, found));
  const blocks = l.pieces.flat().map((p) => ({
    kind: "block",
    type: p.type ?? "paragraph",
    span: { start: p.start, end: p.end },
    stage: STAGE,
    rule: p.rule || "body"
  }));
  const prose = blocks.filter((b) => PROSE_BLOCKS.has(b.type)).map((b) => l.text.slice(b.span.start, b.span.end)).join("\n");
  const date = published(rules, tools.years, {
    source: input.source,
    meta: input.meta,
    header,
    found,
    prose,
    text: l.text
  });
  const language = tools.languages.detect(prose || l.text, input.meta.language, input.source);
  return {
    kind: "article",
    id: contentId(l.text),
    source: input.source,
    format: input.format,
    url: input.meta.url ?? null,
    title: found.title?.text ?? null,
    outlet: outlet(rules, input.meta, found),
    language: language.language,
    published: date.published,
    dateline: found.dateline,
    text: l.text,
    blocks,
    messages: [...input.messages, ...date.messages, ...language.messages]
  };
}
function contentId(text) {
  return hash("sha256", text, "hex").slice(0, 32);
}
function withTitle(paras, given) {
  const title2 = given ? cleanLine(given.replace(/<[^>]*>/g, " ")) : "";
  if (!title2) return paras;
  const words = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = paras[0];
  const wanted = words(title2).join(" ");
  if (first && words(first.text).slice(0, wanted.split(" ").length).join(" ") === wanted) {
    return [{ ...first, hint: "title", rule: "meta-title" }, ...paras.slice(1)];
  }
  return [{ text: title2, hint: "title", rule: "meta-title" }, ...paras];
}
function unread(input, why) {
  return {
    kind: "article",
    id: contentId(""),
    source: input.source,
    format: input.format,
    url: input.meta.url ?? null,
    title: null,
    outlet: null,
    language: { code: "und", confidence: 0, how: "default" },
    published: { value: null, precision: null, how: "unknown", evidence: why, rule: "not-read" },
    dateline: null,
    text: "",
    blocks: [],
    messages: [...input.messages]
  };
}

// src/stages/normalise/infer-year.ts
var FORWARD = /(?:\bby|\buntil|\btill|\bbefore|\bthrough|\bnext|\bwithin|\bdeadline|\bend[- ]of[- ]?|\bin time for|\bfrom now to)\s*(?:the\s+)?(?:end\s+of\s+)?(?:(?:early|mid|late)[- ])?$/i;
var NAMING = /(?:resolution|no\.|number|#|article|item|flight|route)\s*$/i;
function yearInference() {
  const year = /(?:19|20)\d{2}/g;
  const monthBefore = /(?:^|[^\p{L}])(\p{L}{3,9})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/u;
  const weekday = new RegExp(
    String.raw`\b(?:on\s+)?(?<name>${Object.keys(WEEKDAYS).filter((k) => k.length > 4).join("|")})\b`,
    "gi"
  );
  const otherDay = /\b(?:last|next|previous|following|coming)\s+$/i;
  const infer = (month2, day, prose) => {
    let latest = null;
    for (const m of prose.matchAll(year)) {
      const at = m.index ?? 0;
      if (!standsAlone(prose, at)) continue;
      const before2 = prose.slice(Math.max(0, at - 40), at);
      if (FORWARD.test(before2) || NAMING.test(before2)) continue;
      const y = Number(m[0]);
      const named2 = monthBefore.exec(before2.slice(-20));
      const mo = MONTHS[(named2?.[1] ?? "").toLowerCase()] ?? 0;
      if (!latest || y > latest.year || y === latest.year && mo > latest.month) {
        const words = mo && named2 ? `${before2.slice(-20).slice(named2.index).trim()} ${m[0]}` : m[0];
        latest = { year: y, month: mo, words: words.replace(/^[^\p{L}\d]+/u, "") };
      }
    }
    if (!latest) return null;
    const days = /* @__PURE__ */ new Set();
    const named = [];
    for (const m of prose.matchAll(weekday)) {
      const n = WEEKDAYS[(m.groups?.["name"] ?? "").toLowerCase()];
      if (n === void 0 || otherDay.test(prose.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
      days.add(n).add((n + 1) % 7);
      named.push(m[0].trim());
    }
    const before = latest.month > 0 && month2 < latest.month;
    const first = before ? latest.year + 1 : latest.year;
    const on = (y) => new Date(Date.UTC(y, month2 - 1, day)).getUTCDay();
    const why = `the latest past date it mentions is "${latest.words}"`;
    const fits = (y) => `${WEEKDAY_NAMES[on(y)]}, consistent with "${named[0]}"`;
    if (latest.month > 0) {
      const evidence = `${why}, so the date falls in ${first}`;
      if (days.size === 0) return { year: first, strength: "strong", evidence };
      if (days.has(on(first)))
        return { year: first, strength: "strong", evidence: `${evidence}; it is a ${fits(first)}` };
      const clash = `${evidence}, but it is a ${WEEKDAY_NAMES[on(first)]} and the text says "${named[0]}"`;
      return { year: first, strength: "weak", evidence: clash };
    }
    if (days.size > 0) {
      for (let y = first; y <= first + 6; y++) {
        if (days.has(on(y))) {
          const evidence = `${why}, and ${y} is the first year from then on when the date is a ${fits(y)}`;
          return { year: y, strength: "weekday", evidence };
        }
      }
    }
    return { year: first, strength: "weak", evidence: `${why}; the date may be in ${first} or later` };
  };
  return Object.freeze({ infer });
}
function standsAlone(text, at) {
  const before = text.charAt(at - 1);
  const after = text.charAt(at + 4);
  const next = text.charAt(at + 5);
  if (/[\d,.$€£#/-]/.test(before) || /[\d%]/.test(after)) return false;
  return !(".,-".includes(after) && after !== "" && /\d/.test(next));
}

// src/stages/normalise/data/datelines.ts
var DATELINES = [
  // "Feb. 7 (UPI) --", "Jan. 16 (UPI) —"
  {
    name: "date-agency",
    source: String.raw`^(?<date>{MONTH}\.?\s+\d{1,2})\s+\((?<agency>[^()]{2,40})\)\s*{DASH}\s*`
  },
  // "WASHINGTON, Jan 22 (Reuters) -", "NEW YORK. Feb 7 (Interfax) -", "SEOUL, South Korea, Jan. 30 (UPI) --"
  {
    name: "place-date-agency",
    source: String.raw`^(?<place>{PLACE})[,.]\s+(?<date>{MONTH}\.?\s+\d{1,2})\s+\((?<agency>[^()]{2,40})\)\s*{DASH}\s*`
  },
  // "MOSCOW, May 21./TASS/."
  {
    name: "place-date-slash-agency",
    source: String.raw`^(?<place>{PLACE}),\s+(?<date>{MONTH}\.?\s+\d{1,2})\.?\s*/(?<agency>\p{Lu}[\p{L} -]{1,30})/\.?\s*`
  },
  // "MOSCOW (UrduPoint News / Sputnik - 13th December, 2019)"
  {
    name: "place-agency-date",
    source: String.raw`^(?<place>{PLACE})\s+\((?<agency>[^()\-–—]{2,60}?)\s*[-–—]\s*(?<date>[^()]{6,40})\)\s*(?:{DASH}\s*)?`
  },
  // "MOSCOW (Reuters) -", "VLADIVOSTOK (Sputnik) -", "AFP-Jiji ULAANBAATAR (AFP-Jiji) —"
  {
    name: "place-agency",
    source: String.raw`^(?:(?<credit>\p{Lu}[\p{L}-]+)\s+)?(?<place>{PLACE})\s+\((?<agency>[^()]{2,40})\)\s*{DASH}\s*`
  },
  // "2019-09-05 -- A large number..."
  { name: "iso-date", source: String.raw`^(?<date>\d{4}-\d{2}-\d{2})\s+(?:--|—|–)\s*` },
  // "(CNN) China and Russia...", "(CNN)China..."
  {
    name: "agency-first",
    source: String.raw`^\((?<agency>[^()]{2,20})\)\s*(?=\p{Lu})`,
    firstOnly: true,
    knownAgency: true
  },
  // "WARSAW, Poland -- ", "VLADIVOSTOK, Russia—Wearing"
  { name: "place-dash", source: String.raw`^(?<place>{PLACE})\s*(?:--|—|–)\s*(?=\p{Lu})`, firstOnly: true }
];
var PLACE = String.raw`\p{Lu}[\p{Lu}'’.\-]+(?:[ -]\p{Lu}[\p{Lu}'’.\-]+)*(?:,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)?`;
var DASH = String.raw`(?:--|—|–|-)`;

// src/stages/normalise/data/photo-agencies.ts
var PHOTO_AGENCIES = [
  "Getty Images",
  "via Getty Images",
  "AFP",
  "AP",
  "AP Photo",
  "EPA",
  "EPA-EFE",
  "Reuters",
  "Pool",
  "Bloomberg",
  "Shutterstock",
  "Alamy",
  "Panos Pictures",
  "Yonhap",
  "KCNA",
  "UPI",
  "Sipa",
  "dpa"
];

// src/stages/normalise/data/sections.ts
var SECTIONS = [
  "World",
  "World News",
  "U.S.",
  "US",
  "U.S. & World",
  "US & World",
  "Politics",
  "Business",
  "Economy",
  "Markets",
  "Asia",
  "Asia Pacific",
  "Asia-Pacific",
  "Europe",
  "Middle East",
  "Americas",
  "Africa",
  "Opinion",
  "Analysis",
  "Diplomacy",
  "Defense",
  "Security",
  "Sports",
  "Technology",
  "Tech",
  "Science",
  "Health",
  "Culture",
  "National",
  "International",
  "North Korea",
  "Newsline",
  "Top News",
  "Top Stories",
  "Breaking News",
  "Exclusive",
  "Internationales",
  "Politik",
  "Wirtschaft",
  "Welt",
  "Ausland",
  "Inland",
  "Nachrichten",
  "Monde",
  "International",
  "Mundo",
  "Internacional",
  "\u041C\u0438\u0440",
  "\u041F\u043E\u043B\u0438\u0442\u0438\u043A\u0430",
  "\u042D\u043A\u043E\u043D\u043E\u043C\u0438\u043A\u0430",
  "\uC815\uCE58",
  "\uAD6D\uC81C",
  "\uBD81\uD55C",
  "\uC0AC\uD68C"
];
var PREFIX_SECTIONS = [
  "Internationales",
  "Ausland",
  "Inland",
  "Politik",
  "Wirtschaft"
];

// src/stages/normalise/parse-date.ts
function dateFinder() {
  const M = `(${alternation(MONTHS)})`;
  const WD = `(?:(?:${alternation(WEEKDAYS)})\\.?,?\\s+)?`;
  const TIME = String.raw`(?:\s*(?:,|\||-|at|um|à)?\s*(\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(Z|[+-]\d{2}:?\d{2}|GMT[+-]?\d*|UTC|[A-Z]{3,4}T?)\b)?)?`;
  const rules = [
    [
      "iso",
      new RegExp(
        String.raw`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?`,
        "g"
      ),
      (m) => ({ y: +g(m, 1), mo: +g(m, 2), d: +g(m, 3), ...time(m[4], m[5], void 0, m[6]) })
    ],
    [
      "ymd-dots",
      new RegExp(
        String.raw`\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?:\s*(오전|오후|AM|PM)?\s*(\d{1,2}):(\d{2}))?`,
        "gi"
      ),
      (m) => ({ y: +g(m, 1), mo: +g(m, 2), d: +g(m, 3), ...time(m[5], m[6], m[4]) })
    ],
    [
      "ymd-korean",
      /(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일(?:\s*(오전|오후)?\s*(\d{1,2})[:시]\s*(\d{2})?)?/g,
      (m) => ({ y: +g(m, 1), mo: +g(m, 2), d: +g(m, 3), ...time(m[5], m[6] ?? "00", m[4]) })
    ],
    [
      "day-month-year",
      new RegExp(String.raw`${WD}(?<!\d)(\d{1,2})(?:st|nd|rd|th|\.)?\s*${M}\.?,?\s+(\d{4})\b${TIME}`, "giu"),
      (m) => ({ y: +g(m, 3), mo: month(m[2]), d: +g(m, 1), ...time(m[4], m[5], m[6], m[7]) })
    ],
    [
      "month-day-year",
      new RegExp(
        String.raw`${WD}(?<![\p{L}])${M}\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})\b${TIME}`,
        "giu"
      ),
      (m) => ({ y: +g(m, 3), mo: month(m[1]), d: +g(m, 2), ...time(m[4], m[5], m[6], m[7]) })
    ],
    [
      "month-year",
      new RegExp(String.raw`(?<![\p{L}])${M}\.?,?\s+(\d{4})\b`, "giu"),
      (m) => ({ y: +g(m, 2), mo: month(m[1]) })
    ],
    ["iso-month", /\b(\d{4})-(\d{2})\b(?!-\d)/g, (m) => ({ y: +g(m, 1), mo: +g(m, 2) })]
  ];
  const findAll = (text) => {
    const found = [];
    for (const [rule, pattern, read] of rules) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].trimEnd().length;
        if (found.some((f) => f.start < end && start < f.end)) continue;
        const parts = read(m);
        const date = parts && toIso(parts);
        if (date) found.push({ ...date, start, end, rule, ...parts.zone ? { zone: parts.zone } : {} });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
  return Object.freeze({ findAll, first: (text) => findAll(text)[0] ?? null });
}
function g(m, i) {
  return m[i] ?? "";
}
function month(name) {
  return MONTHS[(name ?? "").toLowerCase()] ?? 0;
}
function time(h, mi, half, zone) {
  if (h === void 0 || mi === void 0) return {};
  return { h: +h, mi: +mi, ...half ? { half: half.toLowerCase() } : {}, ...zone ? { zone } : {} };
}
function toIso(p) {
  if (p.y < 1900 || p.y > 2100 || p.mo < 1 || p.mo > 12) return null;
  const ym = `${p.y}-${pad2(p.mo)}`;
  if (p.d === void 0) return { value: ym, precision: "month" };
  if (p.d < 1 || p.d > new Date(Date.UTC(p.y, p.mo, 0)).getUTCDate()) return null;
  const ymd = `${ym}-${pad2(p.d)}`;
  if (p.h === void 0 || p.mi === void 0) return { value: ymd, precision: "day" };
  let h = p.h;
  if ((p.half === "pm" || p.half === "p.m." || p.half === "\uC624\uD6C4") && h < 12) h += 12;
  if ((p.half === "am" || p.half === "a.m." || p.half === "\uC624\uC804") && h === 12) h = 0;
  if (h > 23 || p.mi > 59) return { value: ymd, precision: "day" };
  return { value: `${ymd}T${pad2(h)}:${pad2(p.mi)}`, precision: "time" };
}
function pad2(n) {
  return String(n).padStart(2, "0");
}

// src/stages/normalise/rules.ts
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
function compileRules(options) {
  const month2 = String.raw`(?:\p{Lu}\p{Ll}{2,8}|\p{Lu}{3,9})`;
  const fill = (source) => source.replaceAll("{MONTH}", month2).replaceAll("{PLACE}", PLACE).replaceAll("{DASH}", DASH);
  const agencies = [...PHOTO_AGENCIES].sort((a, b) => b.length - a.length).map(escape).join("|");
  return Object.freeze({
    dates: dateFinder(),
    outlets: outletIndex(options.outlets),
    datelines: DATELINES.map((d) => ({
      name: d.name,
      pattern: new RegExp(fill(d.source), "u"),
      firstOnly: d.firstOnly ?? false,
      knownAgency: d.knownAgency ?? false
    })),
    monthDay: new RegExp(`^(${month2})\\.?\\s+(\\d{1,2})$`, "u"),
    pipeCredit: new RegExp(PIPE_CREDIT.replace("{AGENCIES}", agencies), "du"),
    endCredits: END_CREDITS.map((r) => ({
      ...r,
      pattern: new RegExp(r.pattern.source, `${r.pattern.flags}d`)
    })),
    sections: new Set(SECTIONS.map(nameKey)),
    prefixSection: new RegExp(`^(?:${PREFIX_SECTIONS.map(escape).join("|")})\\s+(?=\\p{Lu})`, "u"),
    defaultLanguage: options.defaultLanguage ?? "en"
  });
}

// src/stages/normalise/index.ts
function normalise(options = {}) {
  const rules = compileRules(options);
  const tools = Object.freeze({
    rules,
    years: yearInference(),
    languages: languageDetector(rules.defaultLanguage)
  });
  return (input) => buildArticle(input, tools);
}

// test/helpers/article.ts
function textInput(body2, source = "test.txt") {
  return { kind: "input", source, format: "text", bodyFormat: "text", body: body2, meta: {}, messages: [] };
}

// ../../tmp/ingest-scratch/prof2.ts
var { texts } = benchTexts("/work/shared", 12e5);
var inputs = texts.map((t) => textInput(t));
var create = normalise({});
for (let round2 = 0; round2 < 12; round2++) for (const i of inputs) create(i);
