/**
 * Full screen on Start where the browser allows it; a refusal (iframe, iOS) changes nothing.
 *
 * @example requestFullscreen(root.current)
 */
export function requestFullscreen(element: HTMLElement | null): void {
  try {
    if (!element || element.ownerDocument.fullscreenElement) return;
    void element.requestFullscreen?.()?.catch(() => {});
  } catch {
    // Some browsers throw synchronously instead of rejecting.
  }
}
