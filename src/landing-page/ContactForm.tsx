import { useState, type FormEvent } from "react";
import { submitContactForm } from "wasp/client/operations";
import { Button } from "../client/components/ui/Button";
import { TextAreaField, TextField } from "../client/components/ui/Field";
import { Alert } from "../client/components/ui/Alert";
import { contactFormSchema } from "./contactForm";

type FieldErrors = Partial<Record<"name" | "email" | "message", string>>;

export function ContactForm() {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<"idle" | "sending" | "sent" | "failed">("idle");

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = Object.fromEntries(new FormData(form));
    const parsed = contactFormSchema.safeParse(values);
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof FieldErrors;
        errors[field] ??= issue.message;
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    setStatus("sending");
    try {
      await submitContactForm(parsed.data);
      setStatus("sent");
      form.reset();
    } catch {
      setStatus("failed");
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4" aria-label="Contact form">
      <TextField label="Name" name="name" autoComplete="name" error={fieldErrors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" error={fieldErrors.email} />
      <TextAreaField label="Message" name="message" rows={4} error={fieldErrors.message} />
      {status === "sent" && <Alert tone="success">Thanks, we got your message and will reply by email.</Alert>}
      {status === "failed" && <Alert tone="error">Your message could not be sent. Try again in a minute.</Alert>}
      <Button type="submit" disabled={status === "sending"}>
        {status === "sending" ? "Sending…" : "Send message"}
      </Button>
    </form>
  );
}
