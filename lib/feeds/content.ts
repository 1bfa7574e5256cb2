// An entry as one HTML document for feed readers, in the feed's language: what happened, who, the details of its
// kind, and its sources. The words come from the `feeds` catalogue (item.*) and the labels; the record's text that
// exists in English only (the body, places, outcomes, sources, correction notes) is marked lang="en" in another language.
import "server-only";
import { createTranslator } from "next-intl";
import { formatPartialDate } from "@/lib/dates";
import type { MeetingDetails, RecognitionDetails, StatementDetails, Vote } from "@/lib/domain";
import type { EntryDetail, PublicSource } from "@/lib/entries/read-model";
import { formatDay } from "@/lib/entries/cite-text";
import { loadMessages } from "@/lib/i18n/catalogue";
import { actorName, entrySummary, type InLanguage } from "@/lib/i18n/content";
import { feedTranslator } from "@/lib/i18n/feed-words";
import { labelsFor } from "@/lib/i18n/labels-server";
import type { Labels } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/locales";
import { voteWords } from "@/lib/i18n/vote-words";
import { renderMarkdown } from "@/lib/markdown";
import { formatVote as formatVoteIn } from "@/lib/recognition/format";
import { el, fragment, raw, type Html } from "./html";
import { absoluteUrl } from "./urls";

type Translate = (key: string, values?: Record<string, string | number>) => string;

type Words = { locale: Locale; t: Translate; labels: Labels; vote: (vote: Vote) => string };

const byLocale = new Map<Locale, Words>();

/** Built once per language and process (a feed formats up to 200 items). */
function wordsFor(locale: Locale): Words {
  const cached = byLocale.get(locale);
  if (cached && process.env.NODE_ENV !== "development") return cached;
  const feeds = feedTranslator(locale);
  const recognition = createTranslator({ locale, messages: loadMessages(locale), namespace: "recognition" }) as unknown as Translate;
  const words = voteWords(recognition);
  const built: Words = { locale, t: (key, values) => feeds(`item.${key}`, values), labels: labelsFor(locale), vote: (v) => formatVoteIn(v, words) ?? "?" };
  byLocale.set(locale, built);
  return built;
}

/** Text that exists in English only: as it is in English, marked lang="en" in another language. */
function english(w: Words, text: string): Html | string {
  return w.locale === "en" ? text : el("span", { lang: "en" }, text);
}

const MARK = "\uE000";

/** A message with one English-only text in its slot `name`: the words around it in the feed's language. */
function slot(w: Words, key: string, name: string, text: string, values: Record<string, string> = {}): Html {
  const [before, after = ""] = w.t(key, { ...values, [name]: MARK }).split(MARK);
  return fragment(before, english(w, text), after);
}

function inLanguage(w: Words, value: InLanguage): Html | string {
  return value.lang === w.locale ? value.text : el("span", { lang: value.lang }, value.text);
}

function day(w: Words, iso: string): string {
  return w.locale === "en" ? iso.slice(0, 10) : formatPartialDate(iso.slice(0, 10), "day", null, w.locale);
}

function statementDetails(w: Words, details: StatementDetails): Html {
  return fragment(
    el("p", null, w.t("form", { form: w.labels.form[details.form] })),
    // Quotes keep their original language.
    details.quotes.map((q) => el("blockquote", null, el("p", null, `“${q.text}”`), q.speaker ? el("p", null, `— ${q.speaker}`) : null)),
  );
}

function meetingDetails(w: Words, details: MeetingDetails): Html {
  return fragment(
    el("p", null, w.t("format", { format: w.labels.format[details.format] })),
    details.outcomes.length > 0
      ? fragment(el("p", null, w.t("outcomes")), el("ul", w.locale === "en" ? null : { lang: "en" }, details.outcomes.map((o) => el("li", null, o))))
      : null,
  );
}

function recognitionDetails(w: Words, details: RecognitionDetails): Html {
  // The body and instrument are named as the record has them (English): the label is in the feed's language.
  const labelled = (key: string, text: string) => el("li", null, slot(w, key, key, text));
  const facts = [
    el("li", null, w.t("action", { action: w.labels.action[details.action] })),
    el("li", null, w.t("level", { level: w.labels.level[details.level] })),
    details.body ? labelled("body", details.body) : null,
    details.instrument ? labelled("instrument", details.instrument) : null,
    details.vote ? el("li", null, w.t("vote", { vote: w.vote(details.vote) })) : null,
  ];
  const stages = details.stages.map((s) => {
    const parts = [
      w.labels.stage[s.stage],
      s.body,
      s.date ? day(w, s.date) : null,
      s.vote ? w.t("stageVote", { vote: w.vote(s.vote) }) : null,
      s.note,
    ].filter(Boolean);
    return el("li", null, parts.join(", "));
  });
  return fragment(el("ul", null, facts), stages.length ? fragment(el("p", null, w.t("stages")), el("ol", null, stages)) : null);
}

function kindDetails(w: Words, entry: EntryDetail): Html {
  if (entry.kind === "statement") return statementDetails(w, entry.details as StatementDetails);
  if (entry.kind === "meeting") return meetingDetails(w, entry.details as MeetingDetails);
  return recognitionDetails(w, entry.details as RecognitionDetails);
}

function source(w: Words, s: PublicSource): Html {
  // A source's title, publisher and author stay as the source gives them.
  const title = s.url ? el("a", { href: s.url }, s.title) : el("cite", null, s.title);
  const about = [s.publisher, s.author, s.publishedOn].filter(Boolean).join(", ");
  const fetched = s.capture ? formatDay(s.capture.fetchedAt, w.locale) : null;
  return el(
    "li",
    null,
    title,
    about ? `, ${about}` : null,
    ` ${w.t("tier", { tier: s.tier })}`,
    // This site's own copy (lib/archive/), then the editor's external one.
    s.capture ? fragment(" · ", el("a", { href: absoluteUrl(`/archive/${s.capture.id}`) }, w.t("archivedCopy", { date: fetched! }))) : null,
    s.archiveUrl ? fragment(" · ", el("a", { href: s.archiveUrl }, s.capture ? w.t("externalCopy") : w.t("archivedCopyOnly"))) : null,
    s.accessedOn ? ` · ${w.t("accessed", { date: day(w, s.accessedOn) })}` : null,
    s.locator ? fragment(el("br", null), s.locator) : null,
    s.quote ? el("blockquote", s.language ? { lang: s.language } : null, `“${s.quote}”`) : null,
    // The translation of a quote is English; the word "Translation" is the feed's.
    s.quoteTranslation
      ? w.locale === "en"
        ? el("blockquote", { lang: "en" }, `${w.t("translation")} “${s.quoteTranslation}”`)
        : el("blockquote", null, `${w.t("translation")} `, el("span", { lang: "en" }, `“${s.quoteTranslation}”`))
      : null,
  );
}

/** The full entry as HTML in `locale` (escaped by the builder, the body through the Markdown sanitiser). */
export function entryContentHtml(entry: EntryDetail, locale: Locale = "en"): string {
  const w = wordsFor(locale);
  // An undated entry names the source that reports it, as its page does.
  const when = formatPartialDate(entry.date, entry.datePrecision, entry.dateQualifier, locale, entry.sources[0]?.title ?? null);
  const summary = entrySummary(entry, locale);
  const correctedOn = entry.correctedAt ? day(w, entry.correctedAt) : null;
  return fragment(
    el("p", null, el("strong", null, w.labels.kind[entry.kind]), ` · ${when}`, entry.place ? fragment(" · ", english(w, entry.place)) : null),
    summary.text ? el("p", summary.lang === locale ? null : { lang: summary.lang }, summary.text) : null,
    locale === "en" ? raw(renderMarkdown(entry.body)) : el("div", { lang: "en" }, raw(renderMarkdown(entry.body))),
    kindDetails(w, entry),
    entry.actors.length > 0
      ? fragment(
          el("h3", null, w.t("actors")),
          el(
            "ul",
            null,
            entry.actors.map((a) =>
              el("li", null, `${w.labels.role[a.role]}: `, inLanguage(w, actorName(a, locale)), a.titleAtTime ? fragment(", ", english(w, a.titleAtTime)) : null),
            ),
          ),
        )
      : null,
    el("h3", null, w.t("sources")),
    el("ol", null, entry.sources.map((s) => source(w, s))),
    entry.correctedAt && entry.correctionNote
      ? el("p", null, el("em", null, slot(w, "corrected", "note", entry.correctionNote, { date: correctedOn! })))
      : null,
  ).html;
}
