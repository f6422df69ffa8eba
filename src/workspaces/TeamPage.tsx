import { getMyWorkspaces, getWorkspaceMembers, useQuery } from "wasp/client/operations";
import { Alert } from "../client/components/ui/Alert";
import { Card, CardTitle } from "../client/components/ui/Card";
import { InvitationsCard } from "./invitations/InvitationsCard";
import { InvitationsForYouCard } from "./invitations/InvitationsForYouCard";
import { MembersCard } from "./members/MembersCard";
import { NewWorkspaceCard } from "./settings/NewWorkspaceCard";
import { WorkspaceSettingsCard } from "./settings/WorkspaceSettingsCard";
import { hasRole } from "./workspaceRoles";

/** The current workspace's people: members and roles, invitations, and the workspace's own settings. */
export function TeamPage() {
  const { data: mine, error } = useQuery(getMyWorkspaces);
  const workspaceId = mine?.currentWorkspaceId;
  const { data: view } = useQuery(getWorkspaceMembers, { workspaceId: workspaceId ?? "" }, { enabled: Boolean(workspaceId) });
  return (
    <section className="max-w-4xl space-y-6">
      <h1 className="text-2xl font-bold text-slate-900">Team</h1>
      {error && <Alert tone="error">Your workspaces could not be loaded. Reload the page to try again.</Alert>}
      <InvitationsForYouCard />
      {view && (
        <>
          <p className="text-slate-600" data-testid="team-workspace-name">
            {view.workspace.name}
            {view.workspace.isPersonal ? " (your personal workspace)" : ""}
          </p>
          {view.workspace.isPersonal ? (
            <Card>
              <CardTitle>Working with others</CardTitle>
              <p className="mt-2 text-sm text-slate-600">
                Your personal workspace is yours alone. Create a team workspace below to invite colleagues: they will
                see the team's companies, reports and runs, and you can switch between workspaces in the sidebar.
              </p>
            </Card>
          ) : null}
          <MembersCard view={view} />
          {!view.workspace.isPersonal && hasRole(view.yourRole, "ADMIN") && <InvitationsCard view={view} />}
          <WorkspaceSettingsCard view={view} />
        </>
      )}
      <NewWorkspaceCard />
    </section>
  );
}
