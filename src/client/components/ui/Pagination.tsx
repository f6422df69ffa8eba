import { Button } from "./Button";
import { pageCount } from "../../../shared/pageCount";


/** "1–50 of 1,234 companies" with previous and next. */
export function Pagination({
  page,
  pageSize,
  totalCount,
  onPage,
  noun = ["company", "companies"],
  countTestId = "company-count",
}: {
  page: number;
  pageSize: number;
  totalCount: number;
  onPage: (page: number) => void;
  noun?: readonly [singular: string, plural: string];
  countTestId?: string;
}) {
  const pages = pageCount(totalCount, pageSize);
  const first = totalCount === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(totalCount, page * pageSize);
  return (
    <nav className="mt-4 flex items-center justify-between text-sm text-slate-600" aria-label="Pages">
      <p data-testid={countTestId}>
        {first}–{last} of {totalCount.toLocaleString("en-US")} {totalCount === 1 ? noun[0] : noun[1]}
      </p>
      <div className="flex items-center gap-2">
        <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>Previous</Button>
        <span>Page {page} of {pages}</span>
        <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>Next</Button>
      </div>
    </nav>
  );
}
