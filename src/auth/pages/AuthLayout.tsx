import type { ReactNode } from "react";

export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex justify-center px-4 py-16">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white px-8 py-8 shadow-sm">{children}</div>
    </div>
  );
}

export const authAppearance = {
  colors: {
    brand: "#4f46e5",
    brandAccent: "#6366f1",
    submitButtonText: "white",
  },
};
