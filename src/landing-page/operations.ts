import type { SubmitContactForm } from "wasp/server/operations";
import { parseInput } from "../server/operations/guards";
import { submitAdminNotification } from "./contactNotification/notifyAdminsJob";
import { contactFormSchema, type ContactFormInput } from "./contactForm";

export const submitContactForm: SubmitContactForm<ContactFormInput, { received: true }> = async (rawArgs, context) => {
  const input = parseInput(contactFormSchema, rawArgs);
  const message = await context.entities.ContactFormMessage.create({
    data: { ...input, email: input.email.toLowerCase() },
  });
  await submitAdminNotification(message.id);
  return { received: true };
};
