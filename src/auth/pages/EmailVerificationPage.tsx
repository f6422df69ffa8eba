import { Link } from "react-router";
import { VerifyEmailForm } from "wasp/client/auth";
import { AuthLayout, authAppearance } from "./AuthLayout";

export function EmailVerificationPage() {
  return (
    <AuthLayout>
      <VerifyEmailForm appearance={authAppearance} />
      <p className="mt-6 text-sm text-slate-600">
        Verified? <Link to="/login" className="font-semibold text-indigo-700 underline">Log in</Link>
      </p>
    </AuthLayout>
  );
}
