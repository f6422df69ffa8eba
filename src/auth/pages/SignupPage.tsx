import { Link } from "react-router";
import { SignupForm } from "wasp/client/auth";
import { AuthLayout, authAppearance } from "./AuthLayout";

export function SignupPage() {
  return (
    <AuthLayout>
      <SignupForm appearance={authAppearance} />
      <p className="mt-6 text-sm text-slate-600">
        Already have an account? <Link to="/login" className="font-semibold text-indigo-700 underline">Log in</Link>
      </p>
    </AuthLayout>
  );
}
