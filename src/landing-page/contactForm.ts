import { z } from "zod";

export const contactFormSchema = z.object({
  name: z.string().trim().min(1, "Tell us your name.").max(200, "Keep your name under 200 characters."),
  email: z.string().trim().email("Enter a valid email address.").max(320),
  message: z
    .string()
    .trim()
    .min(10, "Write at least 10 characters.")
    .max(5000, "Keep your message under 5,000 characters."),
});

export type ContactFormInput = z.infer<typeof contactFormSchema>;
