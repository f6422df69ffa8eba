/** Text placed into an email's HTML: names and titles users typed cannot add markup. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
