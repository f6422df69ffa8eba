import { Link } from "react-router";
import { LoginForm } from "wasp/client/auth";
import { AuthLayout, authAppearance } from "./AuthLayout";

export function LoginPage() {
  return (
    <AuthLayout>
      <LoginForm appearance={authAppearance} />
      <div className="mt-6 space-y-1 text-sm text-slate-600">
        <p>
          No account yet? <Link to="/signup" className="font-semibold text-indigo-700 underline">Sign up</Link>
        </p>
        <p>
          Forgot your password?{" "}
          <Link to="/request-password-reset" className="font-semibold text-indigo-700 underline">Reset it</Link>
        </p>
      </div>
    </AuthLayout>
  );
}
