/** Text as HTML text: the listing's code inside `<code>`, highlighted or not. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
