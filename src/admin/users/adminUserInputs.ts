import { z } from "zod";
import { DAYS_IN_ORDER_MESSAGE, daysInOrder, statsDay } from "../../analytics/stats/statsDays";

export const planFilters = ["any", "FREE", "PRO", "TEAM"] as const;
export const subscriptionStatuses = ["INCOMPLETE", "INCOMPLETE_EXPIRED", "TRIALING", "ACTIVE", "PAST_DUE", "CANCELED", "UNPAID", "PAUSED"] as const;
export const userSorts = ["createdAt", "email", "lastActiveAt"] as const;
export type UserSort = (typeof userSorts)[number];

export const getAdminUsersInput = z
  .object({
    search: z.string().trim().max(200).optional(),
    admin: z.enum(["any", "admins", "non-admins"]).default("any"),
    state: z.enum(["any", "active", "suspended"]).default("any"),
    plan: z.enum(planFilters).default("any"),
    subscriptionStatus: z.enum(["any", ...subscriptionStatuses]).default("any"),
    signedUpFrom: statsDay.optional(),
    signedUpTo: statsDay.optional(),
    sort: z.enum(userSorts).default("createdAt"),
    direction: z.enum(["asc", "desc"]).default("desc"),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(5).max(100).default(25),
  })
  .strict()
  .refine((input) => daysInOrder(input.signedUpFrom, input.signedUpTo), { message: DAYS_IN_ORDER_MESSAGE, path: ["signedUpTo"] });
export type AdminUsersQuery = z.infer<typeof getAdminUsersInput>;
export type AdminUsersArgs = z.input<typeof getAdminUsersInput>;

export const setUserAdminInput = z.object({ userId: z.string().uuid(), isAdmin: z.boolean() }).strict();
export const setUserSuspendedInput = z.object({ userId: z.string().uuid(), suspended: z.boolean() }).strict();
