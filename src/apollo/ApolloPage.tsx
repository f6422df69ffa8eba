import { ComingSoon } from "../client/components/ComingSoon";

export function ApolloPage() {
  return (
    <ComingSoon
      title="Apollo"
      description="Connect your Apollo.io key and sync your Apollo lists on a schedule."
    />
  );
}
