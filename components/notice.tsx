/** The message for query parameters the page could not use: named one by one, and the rest of the page still shown. */
import { useTranslations } from "next-intl";

export function ParameterErrors({ errors }: { errors: { parameter: string; message: string }[] }) {
  const t = useTranslations("errors");
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="my-4 border-l-4 border-accent bg-panel px-4 py-3 font-sans text-sm">
      <p className="font-semibold">{t("parameters")}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((e) => (
          <li key={e.parameter}>
            <code>{e.parameter}</code>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
