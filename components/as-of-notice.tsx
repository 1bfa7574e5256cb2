// The notice of a view of the record as it stood on a past date, with the way back to today's record.
import Link from "next/link";
import { formatPartialDate } from "@/lib/dates";

export function AsOfNotice({ asOf, todayHref }: { asOf: string; todayHref: string }) {
  return (
    <div role="note" aria-label="As of" className="mt-4 border-l-4 border-accent bg-panel px-4 py-3 font-sans text-sm">
      <p>
        <span className="font-semibold">The record as of {formatPartialDate(asOf, "day")}:</span> only facts dated on or before that day
        (an undated entry by the earliest date its source allows).{" "}
        <Link href={todayHref}>See today&apos;s record</Link>
      </p>
    </div>
  );
}
