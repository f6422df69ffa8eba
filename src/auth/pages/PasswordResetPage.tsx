import { Link } from "react-router";
import { ResetPasswordForm } from "wasp/client/auth";
import { AuthLayout, authAppearance } from "./AuthLayout";

export function PasswordResetPage() {
  return (
    <AuthLayout>
      <ResetPasswordForm appearance={authAppearance} />
      <p className="mt-6 text-sm text-slate-600">
        Password changed? <Link to="/login" className="font-semibold text-indigo-700 underline">Log in</Link>
      </p>
    </AuthLayout>
  );
}
