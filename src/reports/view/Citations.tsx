import type { ReactNode } from "react";
import type { CheckedClaim } from "../reportDocument";

/** The anchor of a source in the sources list; citations link to it. */
export const sourceAnchor = (number: number) => `source-${number}`;

export function CitationLinks({ numbers }: { numbers: number[] }) {
  if (numbers.length === 0) return null;
  return (
    <sup className="ml-0.5 whitespace-nowrap text-xs">
      {numbers.map((number, position) => (
        <span key={number}>
          {position > 0 && ","}
          <a href={`#${sourceAnchor(number)}`} className="text-indigo-700 hover:underline" aria-label={`Source ${number}`} data-testid="citation">
            [{number}]
          </a>
        </span>
      ))}
    </sup>
  );
}

/** Marks the numbers of a claim that none of its cited sources holds. */
export function ClaimText({ claim }: { claim: CheckedClaim }) {
  const parts: ReactNode[] = [];
  let rest = claim.text;
  let key = 0;
  for (const number of claim.unverifiedNumbers) {
    const at = rest.indexOf(number);
    if (at < 0) continue;
    parts.push(rest.slice(0, at));
    parts.push(
      <mark key={key++} className="rounded bg-amber-100 px-0.5 text-amber-900" title="Not found in the cited sources" data-testid="unverified-number">
        {number}
        <span aria-hidden="true">†</span>
        <span className="sr-only"> (not found in the cited sources)</span>
      </mark>,
    );
    rest = rest.slice(at + number.length);
  }
  parts.push(rest);
  return (
    <>
      {parts}
      <CitationLinks numbers={claim.citations} />
    </>
  );
}
