/** Shared by main and preload; kept apart so the preload bundle pulls in nothing else from main. */
export const API_CHANNEL_PREFIX = 'api:';
export const MENU_CHANNEL = 'menu-command';
/** Host → windows: a plan's stored document moved on ({planId, revision}). */
export const PLAN_CHANGED_CHANNEL = 'plan-changed';
