import type { WorkspaceRole } from "@prisma/client";
import { changeMemberRole, removeMember, transferOwnership } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { useActionRunner } from "../../client/useActionRunner";
import { hasRole, roleLabel, workspaceRoles } from "../workspaceRoles";
import type { WorkspaceMemberRow, WorkspaceMembersView } from "./memberOperations";

const joined = (date: Date | string) => new Date(date).toLocaleDateString("en-US", { dateStyle: "medium" });

/** Everyone in the workspace; owners and admins change roles and remove people, owners hand the workspace over. */
export function MembersCard({ view }: { view: WorkspaceMembersView }) {
  const { error, run } = useActionRunner();
  const { seats, yourRole, workspace } = view;
  return (
    <Card>
      <div className="flex items-baseline justify-between">
        <CardTitle>Members</CardTitle>
        {!workspace.isPersonal && (
          <p className="text-sm text-slate-500" data-testid="seat-usage">
            {seats.used} of {seats.limit} seats used ({seats.members} members, {seats.pendingInvitations} pending invitations)
          </p>
        )}
      </div>
      {error && <div className="mt-3"><Alert tone="error">{error}</Alert></div>}
      <table className="mt-4 w-full text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2 font-medium">Member</th>
            <th className="py-2 font-medium">Role</th>
            <th className="py-2 font-medium">Joined</th>
            <th className="py-2" aria-label="Actions" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {view.members.map((member) => (
            <MemberRow key={member.userId} member={member} yourRole={yourRole} workspaceId={workspace.id} isPersonal={workspace.isPersonal} run={run} />
          ))}
        </tbody>
      </table>
    </Card>
  );
}

function MemberRow({
  member,
  yourRole,
  workspaceId,
  isPersonal,
  run,
}: {
  member: WorkspaceMemberRow;
  yourRole: WorkspaceRole;
  workspaceId: string;
  isPersonal: boolean;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
}) {
  const canManage = !isPersonal && !member.isYou && hasRole(yourRole, "ADMIN") && (yourRole === "OWNER" || member.role !== "OWNER");
  const assignableRoles = workspaceRoles.filter((role) => yourRole === "OWNER" || role !== "OWNER");
  return (
    <tr data-testid="member-row">
      <td className="py-2">
        <span className="font-medium text-slate-900">{member.name}</span>
        {member.isYou && <span className="ml-2 text-xs text-slate-500">(you)</span>}
        {member.email && member.email !== member.name && <span className="block text-xs text-slate-500">{member.email}</span>}
      </td>
      <td className="py-2">
        {canManage ? (
          <select
            aria-label={`Role of ${member.name}`}
            className="rounded-md border-0 px-2 py-1 text-sm ring-1 ring-inset ring-slate-300"
            value={member.role}
            onChange={(event) => void run(() => changeMemberRole({ workspaceId, userId: member.userId, role: event.target.value as WorkspaceRole }))}
          >
            {assignableRoles.map((role) => (
              <option key={role} value={role}>{roleLabel(role)}</option>
            ))}
          </select>
        ) : (
          roleLabel(member.role)
        )}
      </td>
      <td className="py-2 text-slate-600">{joined(member.joinedAt)}</td>
      <td className="py-2 text-right">
        {canManage && (
          <div className="flex justify-end gap-2">
            {yourRole === "OWNER" && member.role !== "OWNER" && (
              <Button
                variant="ghost"
                onClick={() => {
                  if (window.confirm(`Make ${member.name} the owner? You stay on as an admin.`)) void run(() => transferOwnership({ workspaceId, userId: member.userId }));
                }}
              >
                Make owner
              </Button>
            )}
            <Button
              variant="ghost"
              className="text-red-700"
              onClick={() => {
                if (window.confirm(`Remove ${member.name} from the workspace? They lose access at once.`)) void run(() => removeMember({ workspaceId, userId: member.userId }));
              }}
            >
              Remove
            </Button>
          </div>
        )}
      </td>
    </tr>
  );
}
