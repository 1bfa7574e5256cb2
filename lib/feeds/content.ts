// An entry as one HTML document for feed readers: what happened, who, the details of its kind, and its sources.
import "server-only";
import { labelsFor } from "@/lib/i18n/labels-server";

const labels = () => labelsFor("en");
import { formatPartialDate } from "@/lib/dates";
import type { MeetingDetails, RecognitionDetails, StatementDetails, Vote } from "@/lib/domain";
import type { EntryDetail, PublicSource } from "@/lib/entries/read-model";
import { renderMarkdown } from "@/lib/markdown";
import { el, fragment, raw, type Html } from "./html";

const words = (code: string) => code.replace(/_/g, " ");

export function formatVote(vote: Vote): string {
  if (vote.unanimous && vote.for === null) return "unanimous";
  const parts = [vote.for, vote.against, vote.abstain].map((n) => (n === null ? "?" : String(n)));
  const counts = vote.abstain === null ? parts.slice(0, 2).join("–") : `${parts.slice(0, 2).join("–")}, ${parts[2]} abstaining`;
  return vote.unanimous ? `${counts} (unanimous)` : counts;
}

function statementDetails(details: StatementDetails): Html {
  return fragment(
    el("p", null, `Form: ${words(details.form)}`),
    details.quotes.map((q) => el("blockquote", null, el("p", null, `“${q.text}”`), q.speaker ? el("p", null, `— ${q.speaker}`) : null)),
  );
}

function meetingDetails(details: MeetingDetails): Html {
  return fragment(
    el("p", null, `Format: ${words(details.format)}`),
    details.outcomes.length > 0 ? fragment(el("p", null, "Outcomes:"), el("ul", null, details.outcomes.map((o) => el("li", null, o)))) : null,
  );
}

function recognitionDetails(details: RecognitionDetails): Html {
  const facts = [
    `Action: ${labels().action[details.action]}`,
    `Level: ${labels().level[details.level]}`,
    details.body ? `Body: ${details.body}` : null,
    details.instrument ? `Instrument: ${details.instrument}` : null,
    details.vote ? `Vote: ${formatVote(details.vote)}` : null,
  ].filter((f): f is string => f !== null);
  const stages = details.stages.map((s) =>
    el(
      "li",
      null,
      [words(s.stage), s.body, s.date, s.vote ? `vote ${formatVote(s.vote)}` : null, s.note].filter(Boolean).join(", "),
    ),
  );
  return fragment(el("ul", null, facts.map((f) => el("li", null, f))), stages.length ? fragment(el("p", null, "Stages:"), el("ol", null, stages)) : null);
}

function kindDetails(entry: EntryDetail): Html {
  if (entry.kind === "statement") return statementDetails(entry.details as StatementDetails);
  if (entry.kind === "meeting") return meetingDetails(entry.details as MeetingDetails);
  return recognitionDetails(entry.details as RecognitionDetails);
}

function source(s: PublicSource): Html {
  const title = s.url ? el("a", { href: s.url }, s.title) : el("cite", null, s.title);
  const about = [s.publisher, s.author, s.publishedOn].filter(Boolean).join(", ");
  return el(
    "li",
    null,
    title,
    about ? `, ${about}` : null,
    ` (${s.tier} source)`,
    s.archiveUrl ? fragment(" · ", el("a", { href: s.archiveUrl }, "archived copy")) : null,
    s.accessedOn ? ` · accessed ${s.accessedOn}` : null,
    s.locator ? fragment(el("br", null), s.locator) : null,
    s.quote ? el("blockquote", s.language ? { lang: s.language } : null, `“${s.quote}”`) : null,
    s.quoteTranslation ? el("blockquote", { lang: "en" }, `Translation: “${s.quoteTranslation}”`) : null,
  );
}

/** The full entry as HTML (escaped by the builder, the body through the Markdown sanitiser). */
export function entryContentHtml(entry: EntryDetail): string {
  const when = formatPartialDate(entry.date, entry.datePrecision, entry.dateQualifier);
  return fragment(
    el("p", null, el("strong", null, labels().kind[entry.kind]), ` · ${when}`, entry.place ? ` · ${entry.place}` : null),
    entry.summary ? el("p", null, entry.summary) : null,
    raw(renderMarkdown(entry.body)),
    kindDetails(entry),
    entry.actors.length > 0
      ? fragment(
          el("h3", null, "Actors"),
          el("ul", null, entry.actors.map((a) => el("li", null, `${labels().role[a.role]}: ${a.name}`, a.titleAtTime ? `, ${a.titleAtTime}` : null))),
        )
      : null,
    el("h3", null, "Sources"),
    el("ol", null, entry.sources.map(source)),
    entry.correctedAt && entry.correctionNote ? el("p", null, el("em", null, `Corrected ${entry.correctedAt.slice(0, 10)}: ${entry.correctionNote}`)) : null,
  ).html;
}
