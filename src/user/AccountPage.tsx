import { useState, type FormEvent } from "react";
import type { AuthUser } from "wasp/auth";
import { api } from "wasp/client/api";
import { logout } from "wasp/client/auth";
import { deleteMyAccount, updateProfile } from "wasp/client/operations";
import { Button } from "../client/components/ui/Button";
import { Card, CardTitle } from "../client/components/ui/Card";
import { TextField } from "../client/components/ui/Field";
import { Alert } from "../client/components/ui/Alert";
import { errorMessageOf } from "../client/operationErrors";
import { saveBlobAs } from "../client/saveBlobAs";
import { confirmsAccountEmail } from "./accountSchemas";

export function AccountPage({ user }: { user: AuthUser }) {
  return (
    <section className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-slate-900">Account</h1>
      <ProfileCard user={user} />
      <ExportCard />
      <DeleteAccountCard email={user.email ?? null} />
    </section>
  );
}

function ProfileCard({ user }: { user: AuthUser }) {
  const [status, setStatus] = useState<"idle" | "saved" | "failed">("idle");
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const displayName = String(new FormData(event.currentTarget).get("displayName") ?? "");
    try {
      await updateProfile({ displayName });
      setStatus("saved");
    } catch {
      setStatus("failed");
    }
  }
  return (
    <Card>
      <CardTitle>Profile</CardTitle>
      <dl className="mt-3 text-sm">
        <dt className="text-slate-500">Email</dt>
        <dd className="font-medium" data-testid="account-email">{user.email}</dd>
      </dl>
      <form onSubmit={handleSubmit} className="mt-4 flex items-end gap-3">
        <TextField label="Display name" name="displayName" defaultValue={user.displayName ?? ""} className="flex-1" />
        <Button type="submit">Save</Button>
      </form>
      {status === "saved" && <div className="mt-3"><Alert tone="success">Profile saved.</Alert></div>}
      {status === "failed" && <div className="mt-3"><Alert tone="error">Your profile could not be saved.</Alert></div>}
    </Card>
  );
}

function ExportCard() {
  const [isExporting, setIsExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function downloadExport() {
    setIsExporting(true);
    setError(null);
    try {
      const exportFile = await api.get("api/account/export").blob();
      saveBlobAs(exportFile, `hyperformant-export-${new Date().toISOString().slice(0, 10)}.json`);
    } catch (caught) {
      setError(errorMessageOf(caught, "Your data could not be exported; try again."));
    } finally {
      setIsExporting(false);
    }
  }
  return (
    <Card>
      <CardTitle>Export my data</CardTitle>
      <p className="mt-2 text-sm text-slate-600">
        Download everything you own in Hyperformant (profile, workspaces, companies, market data, reports and
        workflow runs) as one JSON file.
      </p>
      <Button variant="secondary" className="mt-4" onClick={() => void downloadExport()} disabled={isExporting}>
        {isExporting ? "Preparing…" : "Download JSON"}
      </Button>
      {error && <div className="mt-3"><Alert tone="error">{error}</Alert></div>}
    </Card>
  );
}

function DeleteAccountCard({ email }: { email: string | null }) {
  const [typedEmail, setTypedEmail] = useState("");
  const [failed, setFailed] = useState(false);
  async function handleDelete(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await deleteMyAccount({ confirmEmail: typedEmail });
      await logout();
    } catch {
      setFailed(true);
    }
  }
  return (
    <Card className="border-red-200">
      <CardTitle className="text-red-700">Delete my account</CardTitle>
      <p className="mt-2 text-sm text-slate-600">
        This erases your account, your personal workspace and everything in it. It cannot be undone.
      </p>
      <form onSubmit={handleDelete} className="mt-4 space-y-3">
        <TextField
          label={`Type ${email ?? "your email"} to confirm`}
          name="confirmEmail"
          value={typedEmail}
          onChange={(event) => setTypedEmail(event.target.value)}
          autoComplete="off"
        />
        {failed && <Alert tone="error">Your account could not be deleted. Check the email you typed.</Alert>}
        <Button type="submit" variant="destructive" disabled={!confirmsAccountEmail(typedEmail, email)}>
          Delete my account
        </Button>
      </form>
    </Card>
  );
}
