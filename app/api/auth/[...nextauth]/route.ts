import { handlers } from "@/lib/auth/auth";
import { limitSignInAttempts } from "@/lib/auth/sign-in-attempts";

// Sign-in starts and provider callbacks count against the per-address limit.
export const GET = limitSignInAttempts(handlers.GET);
export const POST = limitSignInAttempts(handlers.POST);
