import { ForgotPasswordForm } from "wasp/client/auth";
import { AuthLayout, authAppearance } from "./AuthLayout";

export function RequestPasswordResetPage() {
  return (
    <AuthLayout>
      <ForgotPasswordForm appearance={authAppearance} />
    </AuthLayout>
  );
}
