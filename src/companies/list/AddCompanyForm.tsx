import { useState, type FormEvent } from "react";
import { createCompany } from "wasp/client/operations";
import { Button } from "../../client/components/ui/Button";
import { SelectField, TextField } from "../../client/components/ui/Field";
import { errorMessageOf, fieldErrorOf } from "../../client/operationErrors";
import { companyRoleLabel } from "../format/firmographicsFormat";
import { companyRoles } from "../companyEnums";

/** Add one company by domain, or by name and domain. */
export function AddCompanyForm({ onAdded }: { onAdded?: () => void }) {
  const [domain, setDomain] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<(typeof companyRoles)[number]>("WATCH");
  const [tags, setTags] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await createCompany({
        domain,
        ...(name.trim() ? { name } : {}),
        role,
        tags: tags.split(/[,;]/).map((tag) => tag.trim()).filter(Boolean),
      });
      setDomain("");
      setName("");
      setTags("");
      onAdded?.();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  const domainError = fieldErrorOf(error, "domain");
  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-5 sm:items-end" aria-label="Add a company">
      <TextField label="Domain" placeholder="acme.com" value={domain} onChange={(e) => setDomain(e.target.value)} error={domainError} required />
      <TextField label="Name (optional)" placeholder="Acme Inc." value={name} onChange={(e) => setName(e.target.value)} error={fieldErrorOf(error, "name")} />
      <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
        {companyRoles.map((value) => (
          <option key={value} value={value}>
            {companyRoleLabel(value)}
          </option>
        ))}
      </SelectField>
      <TextField label="Tags (comma-separated)" placeholder="emea, target-q3" value={tags} onChange={(e) => setTags(e.target.value)} error={fieldErrorOf(error, "tags")} />
      <Button type="submit" disabled={saving}>
        {saving ? "Adding…" : "Add company"}
      </Button>
      {error !== null && !domainError && <p className="text-sm text-red-600 sm:col-span-5">{errorMessageOf(error)}</p>}
    </form>
  );
}
