import { ComingSoon } from "../client/components/ComingSoon";

export function WorkflowsPage() {
  return (
    <ComingSoon
      title="Workflows"
      description="Follow the n8n intelligence workflows Hyperformant runs for you."
    />
  );
}
