import type { ReactNode } from "react";
import { cn } from "../../cn";

type AlertTone = "success" | "error" | "info";

const toneClasses: Record<AlertTone, string> = {
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  error: "bg-red-50 text-red-800 ring-red-200",
  info: "bg-slate-50 text-slate-700 ring-slate-200",
};

export function Alert({ tone, children }: { tone: AlertTone; children: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md p-3 text-sm ring-1", toneClasses[tone])}>
      {children}
    </div>
  );
}
