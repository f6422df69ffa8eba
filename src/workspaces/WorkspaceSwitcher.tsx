import { Link, useNavigate } from "react-router";
import { getMyWorkspaces, switchWorkspace, useQuery } from "wasp/client/operations";
import { useActionRunner } from "../client/useActionRunner";

/** The workspace the signed-in user works in, and the others they can switch to. */
export function WorkspaceSwitcher() {
  const { data } = useQuery(getMyWorkspaces);
  const navigate = useNavigate();
  const { error, run } = useActionRunner("Could not switch workspace.");
  if (!data) return null;

  async function handleSwitch(workspaceId: string) {
    // The page's ids belong to the workspace left behind: start from the new one's dashboard.
    if (await run(() => switchWorkspace({ workspaceId }))) navigate("/app");
  }

  return (
    <div className="px-4 pb-4">
      <label htmlFor="workspace-switcher" className="block text-xs font-medium uppercase tracking-wide text-slate-500">
        Workspace
      </label>
      <select
        id="workspace-switcher"
        className="mt-1 block w-full rounded-md border-0 px-2 py-1.5 text-sm text-slate-900 ring-1 ring-inset ring-slate-300"
        value={data.currentWorkspaceId}
        onChange={(event) => void handleSwitch(event.target.value)}
      >
        {data.workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.isPersonal ? `${workspace.name} (personal)` : workspace.name}
          </option>
        ))}
      </select>
      <Link to="/app/team#new-workspace" className="mt-1 inline-block text-xs font-medium text-indigo-700 hover:underline">
        + New team workspace
      </Link>
      {error && <p role="alert" className="mt-1 text-xs text-red-600">{error}</p>}
    </div>
  );
}
