import { useState, type FormEvent } from "react";
import { archiveCompany, deleteCompany, updateCompany } from "wasp/client/operations";
import type { Company } from "wasp/entities";
import { useNavigate } from "react-router";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { SelectField, TextField } from "../../client/components/ui/Field";
import { errorMessageOf, fieldErrorOf } from "../../client/operationErrors";
import { companyRoleLabel } from "../format/firmographicsFormat";
import { companyRoles } from "../companyEnums";

/** Name, role and tags; archive and delete. */
export function CompanyDetailsForm({ company, onChanged }: { company: Company; onChanged: () => void }) {
  const navigate = useNavigate();
  const [name, setName] = useState(company.name);
  const [role, setRole] = useState(company.role);
  const [tags, setTags] = useState(company.tags.join(", "));
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await updateCompany({ id: company.id, name, role, tags: tags.split(/[,;]/).map((tag) => tag.trim()).filter(Boolean) });
      setSaved(true);
      onChanged();
    } catch (caught) {
      setError(caught);
    }
  }

  async function toggleArchived() {
    await archiveCompany({ id: company.id, archived: !company.archivedAt });
    onChanged();
  }

  async function remove() {
    if (!window.confirm(`Delete ${company.name} with its competitor links and market data? This cannot be undone.`)) return;
    await deleteCompany({ id: company.id });
    navigate("/app/companies");
  }

  return (
    <Card>
      <CardTitle>Details</CardTitle>
      <form onSubmit={save} className="mt-3 space-y-3" aria-label="Company details">
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={fieldErrorOf(error, "name")} />
        <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
          {companyRoles.map((value) => (
            <option key={value} value={value}>{companyRoleLabel(value)}</option>
          ))}
        </SelectField>
        <TextField label="Tags (comma-separated)" value={tags} onChange={(e) => setTags(e.target.value)} error={fieldErrorOf(error, "tags")} />
        {error !== null && !fieldErrorOf(error, "name") && !fieldErrorOf(error, "tags") && (
          <p className="text-sm text-red-600">{errorMessageOf(error)}</p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit">Save</Button>
          <Button variant="secondary" onClick={toggleArchived}>{company.archivedAt ? "Unarchive" : "Archive"}</Button>
          <Button variant="destructive" onClick={remove}>Delete</Button>
        </div>
        {saved && <p className="text-sm text-emerald-700" role="status">Saved.</p>}
      </form>
    </Card>
  );
}
