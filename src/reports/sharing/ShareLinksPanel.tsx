import { useState } from "react";
import { createReportShareLink, getReportShareLinks, revokeReportShareLink, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { SelectField } from "../../client/components/ui/Field";
import { errorMessageOf } from "../../client/operationErrors";

const lifetimes = [1, 7, 14, 30, 90];

/** Read-only links to this report: made here (the link is shown once), listed, revoked. */
export function ShareLinksPanel({ reportId }: { reportId: string }) {
  const { data: links, refetch } = useQuery(getReportShareLinks, { reportId });
  const [days, setDays] = useState(14);
  const [newUrl, setNewUrl] = useState<string>();
  const [error, setError] = useState<string>();

  async function create() {
    setError(undefined);
    try {
      const link = await createReportShareLink({ reportId, expiresInDays: days });
      setNewUrl(link.url);
      await refetch();
    } catch (failure) {
      setError(errorMessageOf(failure));
    }
  }

  async function revoke(linkId: string) {
    setError(undefined);
    try {
      await revokeReportShareLink({ linkId });
      await refetch();
    } catch (failure) {
      setError(errorMessageOf(failure));
    }
  }

  return (
    <div className="space-y-3" data-testid="share-links">
      <div className="flex items-end gap-2">
        <SelectField label="Link lasts" value={String(days)} onChange={(event) => setDays(Number(event.target.value))}>
          {lifetimes.map((option) => <option key={option} value={option}>{option} day{option === 1 ? "" : "s"}</option>)}
        </SelectField>
        <Button variant="secondary" onClick={() => void create()}>Create share link</Button>
      </div>
      {newUrl && (
        <Alert tone="success">
          Anyone with this link can read this report (and only this one) until it expires; it is shown only now:{" "}
          <a href={newUrl} className="break-all font-mono underline" data-testid="new-share-link">{newUrl}</a>
        </Alert>
      )}
      {error && <Alert tone="error">{error}</Alert>}
      {links && links.length > 0 && (
        <ul className="space-y-1 text-sm">
          {links.map((link) => (
            <li key={link.id} className="flex items-center gap-2">
              <span className={link.state === "active" ? "text-slate-800" : "text-slate-400"}>
                Created {new Date(link.createdAt).toLocaleDateString("en-US", { dateStyle: "medium" })} ·{" "}
                {link.state === "active" ? `expires ${new Date(link.expiresAt).toLocaleDateString("en-US", { dateStyle: "medium" })}` : link.state} · {link.viewCount} view{link.viewCount === 1 ? "" : "s"}
              </span>
              {link.state === "active" && <Button variant="ghost" onClick={() => void revoke(link.id)}>Revoke</Button>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
