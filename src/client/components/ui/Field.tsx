import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useId } from "react";

const controlClasses =
  "mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 " +
  "placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-indigo-600";

interface FieldProps {
  label: string;
  error?: string;
}

/** Label, control and error message, wired together for screen readers. */
function FieldFrame({
  label,
  error,
  className,
  renderControl,
}: FieldProps & { className?: string; renderControl: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {renderControl(id)}
      {error && <p className="mt-1 text-sm text-red-600">{error}</p>}
    </div>
  );
}

export function TextField({ label, error, className, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame
      label={label}
      error={error}
      className={className}
      renderControl={(id) => <input id={id} aria-invalid={Boolean(error)} className={controlClasses} {...props} />}
    />
  );
}

export function TextAreaField({
  label,
  error,
  className,
  ...props
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame
      label={label}
      error={error}
      className={className}
      renderControl={(id) => <textarea id={id} aria-invalid={Boolean(error)} className={controlClasses} {...props} />}
    />
  );
}

export function SelectField({
  label,
  error,
  className,
  children,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame
      label={label}
      error={error}
      className={className}
      renderControl={(id) => (
        <select id={id} aria-invalid={Boolean(error)} className={controlClasses} {...props}>
          {children}
        </select>
      )}
    />
  );
}
