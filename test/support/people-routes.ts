/**
 * Documented routes (as `METHOD /path/{}`) whose authorization matrix is in
 * test/api/authorization-people.test.ts: sign-in, the signed-in person's routes, handing
 * tasks over, the identity provider and webhook secret rotation.
 */
export const PEOPLE_ROUTES = /^(\w+ \/(me|sign-in|identity-provider)\b.*|POST \/instances\/\{\}\/tasks\/\{\}\/(delegate|reassign)|POST \/webhooks\/\{\}\/secret)$/;
