export function googleScopes() {
  return { scopes: ["profile", "email"] };
}

export function gitHubScopes() {
  return { scopes: ["user:email"] };
}
