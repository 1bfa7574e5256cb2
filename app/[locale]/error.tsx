"use client";

// A failed public page: the message inside the site's header and footer, so readers keep their way around.
import { ErrorBody } from "@/components/error-body";

export default function PublicErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorBody digest={error.digest} reset={reset} />;
}
