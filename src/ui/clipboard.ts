/**
 * Copies text with the Clipboard API; where that is refused (no permission, insecure context), falls
 * back to selecting the text in a field so the user can press Ctrl+C. Returns what happened.
 */
export async function copyText(text: string): Promise<string> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'Link copied';
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    const copied = document.execCommand?.('copy') ?? false;
    field.remove();
    return copied
      ? 'Link copied'
      : 'Copying was blocked: the link is in the Share menu, select it and press Ctrl+C';
  }
}
